/* gi/annotations.c: what g-ir-scanner's defaults get wrong about
   <httpstatus.h>, as GObject Introspection annotations.  Never
   compiled: the scanner reads these comments beside the installed
   headers (gi/Makefile.inc).  A function or constant not named here is
   bound with the defaults, which are right for an int or a const char *
   that is never NULL (a static UTF-8 string the caller must not free,
   transfer none).  What needs a line here: a string argument that may
   be NULL (nullable), a result that may be NULL (nullable), a call no
   language can use (skip).  The reference of each call is its manual
   page; tests/gi-coverage.test fails when an exported call is neither
   bound nor skipped here.  */

/**
 * httpstatus_name:
 * Returns: (nullable): the constant's name, NULL for a code not in the table
 */

/**
 * httpstatus_from_name:
 * @name: (nullable): a constant's name, a reason phrase spelled as one, an older name
 */

/**
 * httpstatus_vendor_name:
 * Returns: (nullable): the vendor's English name, NULL for no vendor
 */

/**
 * httpstatus_vendor_title:
 * Returns: (nullable): the vendor's localized name, NULL for no vendor
 */

/**
 * httpstatus_title_lang:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_description_lang:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_class_title_lang:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_negotiate:
 * @accept_language: (nullable): an Accept-Language value; NULL for no header
 */

/**
 * httpstatus_lang_tag:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_lang_installed:
 * Returns: (nullable): the catalog name of installed language @i, NULL past the last
 */

/* The _r calls copy a text into the caller's fixed buffer: their job
   is C's, a language whose strings are copies already gets the same
   text from httpstatus_title and httpstatus_description.  */

/**
 * httpstatus_title_r: (skip)
 */

/**
 * httpstatus_description_r: (skip)
 */

/* The transport errors (HTTPSTATUS_ERRORS_* spaces).  */

/**
 * httpstatus_error_name:
 * Returns: (nullable): the constant's name, NULL for a pair not in the table
 */

/**
 * httpstatus_error_title_lang:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_error_description_lang:
 * @lang: (nullable): a catalog name or BCP 47 tag; NULL means English
 */

/**
 * httpstatus_error_from_name:
 * @name: (nullable): a constant's whole name, CURLE_OPERATION_TIMEDOUT
 * @space: (out) (optional): where the HTTPSTATUS_ERRORS_* space is stored
 * Returns: the number, -1 for no such name
 */

/* Fixed buffers are C's job, as for the status _r calls.  */

/**
 * httpstatus_error_title_r: (skip)
 */

/**
 * httpstatus_error_description_r: (skip)
 */
