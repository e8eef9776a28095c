# gen-codes-h.awk: writes <httpstatus-codes.h> from src/codes.def.
#
# The constants are generated rather than typed a second time so that
# codes.def stays the one table; table.c still has the compiler check
# every generated constant against the table, so a fault here cannot
# pass unnoticed.
#
# Usage: awk -f gen-codes-h.awk codes.def > httpstatus-codes.h

BEGIN {
    print "/* httpstatus-codes.h: generated from codes.def by gen-codes-h.awk."
    print "   Do not edit: edit codes.def.  Included by <httpstatus.h>. */"
    print ""
    print "#ifndef HTTPSTATUS_CODES_H"
    print "#define HTTPSTATUS_CODES_H"
    print ""
    print "/* The status codes.  Wininet.h's are spelled and valued as Wininet.h"
    print "   has them (a program that also includes it gets identical"
    print "   definitions); the others take WinHTTP's name or their reason"
    print "   phrase's.  */"
    first = -1; last = -1; n = 0; n_origins = 0; n_vendors = 0
    vendor_codes = ""
}

# HTTPSTATUS_ORIGIN (flag, ID, "key", label): the origin flags.
/^HTTPSTATUS_ORIGIN[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_ORIGIN[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    if (field[1] !~ /^0x[0-9a-fA-F]+$/ || field[2] !~ /^[A-Z0-9_]+$/) {
        printf "gen-codes-h.awk: %s:%d: cannot read this line\n", FILENAME, FNR > "/dev/stderr"
        exit 1
    }
    origin_flag[n_origins] = field[1]; origin_id[n_origins] = field[2]
    origin_key[n_origins] = field[3]
    n_origins++
    next
}

# HTTPSTATUS_VENDOR (id, ID, "key", name): the vendor ids.
/^HTTPSTATUS_VENDOR[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_VENDOR[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    if (field[1] !~ /^[1-9][0-9]*$/ || field[2] !~ /^[A-Z0-9_]+$/ \
        || field[1] + 0 != n_vendors + 1) {
        printf "gen-codes-h.awk: %s:%d: cannot read this line (ids are 1, 2, ... in order)\n", FILENAME, FNR > "/dev/stderr"
        exit 1
    }
    vendor_id[n_vendors] = field[1]; vendor_name[n_vendors] = field[2]
    vendor_key[n_vendors] = field[3]
    n_vendors++
    next
}

# HTTPSTATUS_VENDOR_CODE (code, CONSTANT, origin, VENDOR, ...): our
# prefix, never Microsoft's (see codes.def).
/^HTTPSTATUS_VENDOR_CODE[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_VENDOR_CODE[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    code = field[1]; name = field[2]
    if (code !~ /^[1-5][0-9][0-9]$/ || name !~ /^[A-Z0-9_]+$/ \
        || name ~ /^(ORIGIN|VENDOR|CODE)_/ \
        || length("HTTP_STATUS_" name) > 64) {
        printf "gen-codes-h.awk: %s:%d: cannot read this line\n", FILENAME, FNR > "/dev/stderr"
        exit 1
    }
    vendor_codes = vendor_codes sprintf("#define HTTPSTATUS_%-37s %s\n", name, code)
    n++
    next
}

/^HTTPSTATUS_CODE[ \t]*\(/ {
    line = $0
    sub(/^HTTPSTATUS_CODE[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    code = field[1]; name = field[2]; origin = field[3]
    if (code !~ /^[1-5][0-9][0-9]$/ || name !~ /^[A-Z0-9_]+$/) {
        printf "gen-codes-h.awk: %s:%d: cannot read this line\n", FILENAME, FNR > "/dev/stderr"
        exit 1
    }
    printf "#define HTTP_STATUS_%-26s %s\n", name, code
    n++
    if (origin ~ /WININET/) {
        if (first < 0 || code + 0 < first) { first = code + 0; first_name = name }
        if (code + 0 > last) { last = code + 0; last_name = name }
    }
}

END {
    if (n == 0 || n_origins == 0) {
        print "gen-codes-h.awk: no HTTPSTATUS_CODE or HTTPSTATUS_ORIGIN line found" > "/dev/stderr"
        exit 1
    }
    print ""
    print "/* Where a code comes from: the flags httpstatus_origin returns"
    print "   (see <httpstatus.h>), by their key in machine-readable output.  */"
    all = ""
    for (i = 0; i < n_origins; i++) {
        key = origin_key[i]; gsub(/"/, "", key)
        printf "#define HTTPSTATUS_ORIGIN_%-21s %s /* %s */\n", origin_id[i], origin_flag[i], key
        all = all (i ? " | " : "") "HTTPSTATUS_ORIGIN_" origin_id[i]
    }
    printf "#define HTTPSTATUS_ORIGIN_%-21s (%s)\n", "ALL", all
    print ""
    print "/* Codes that servers, proxies and frameworks write outside the"
    print "   registry, in our own prefix: HTTP_STATUS_ is Microsoft's.  */"
    printf "%s", vendor_codes
    print ""
    print "/* Whose meaning a code has: the ids httpstatus_vendor returns (see"
    print "   <httpstatus.h>), by their key in machine-readable output.  */"
    printf "#define HTTPSTATUS_VENDOR_%-21s 0\n", "NONE"
    for (i = 0; i < n_vendors; i++) {
        key = vendor_key[i]; gsub(/"/, "", key)
        printf "#define HTTPSTATUS_VENDOR_%-21s %s /* %s */\n", vendor_name[i], vendor_id[i], key
    }
    print ""
    print "/* The first and last codes of the Wininet.h table, defined as"
    print "   Wininet.h defines them.  */"
    printf "#define HTTP_STATUS_%-26s HTTP_STATUS_%s\n", "FIRST", first_name
    printf "#define HTTP_STATUS_%-26s HTTP_STATUS_%s\n", "LAST", last_name
    print ""
    print "#endif /* HTTPSTATUS_CODES_H */"
}
