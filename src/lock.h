/* lock.h: the library's locks, each taken only on a first use, never
   on the lookup path: langs.c's, while it reads a language's catalog
   or asks for the binding again (after gettext's counter moved: any
   bindtextdomain or setlocale in the process), and negotiate.c's,
   while it makes its tags once.  A pthread mutex, or on Windows (no pthreads in the library
   there) a slim reader/writer lock, both statically initialized.  */

#ifndef HTTPSTATUS_LOCK_H
#define HTTPSTATUS_LOCK_H

#if HS_WINDOWS
# include <windows.h>
typedef SRWLOCK hs_lock_t;
# define HS_LOCK_INITIALIZER SRWLOCK_INIT
# define hs_lock(l) AcquireSRWLockExclusive (l)
# define hs_unlock(l) ReleaseSRWLockExclusive (l)
#else
# include <pthread.h>
typedef pthread_mutex_t hs_lock_t;
# define HS_LOCK_INITIALIZER PTHREAD_MUTEX_INITIALIZER
# define hs_lock(l) pthread_mutex_lock (l)
# define hs_unlock(l) pthread_mutex_unlock (l)
#endif

#endif /* HTTPSTATUS_LOCK_H */
