# gen-linguas-h.awk: writes linguas.h, the languages of po/LINGUAS as
# data for catalog.c: one HS_LANGUAGE (catalog name, BCP 47 tag) line
# each, in LINGUAS's order.  The tag is the name with '-' for '_':
# zh_TW gives zh-TW.
#
# Usage: awk -f gen-linguas-h.awk po/LINGUAS > linguas.h

BEGIN {
    print "/* linguas.h: generated from po/LINGUAS by gen-linguas-h.awk."
    print "   Do not edit: edit po/LINGUAS.  Included by catalog.c. */"
}

{
    sub(/#.*/, "")
    for (i = 1; i <= NF; i++) {
        name = $i
        # No @modifier: a tag would drop it (sr@latin would read as sr)
        # until modifiers are mapped to script subtags.
        if (name !~ /^[a-z][a-z][a-z]?(_[A-Z][A-Z]|_[0-9][0-9][0-9])?$/ \
            || length(name) > 15) {
            printf "gen-linguas-h.awk: %s:%d: not a language name: %s\n", \
                FILENAME, FNR, name > "/dev/stderr"
            failed = 1
            exit 1
        }
        # negotiate.c keeps one slot a language, English included, in
        # arrays of 64.
        if (++count > 63) {
            printf "gen-linguas-h.awk: %s:%d: more than 63 languages\n", \
                FILENAME, FNR > "/dev/stderr"
            failed = 1
            exit 1
        }
        tag = name
        gsub(/_/, "-", tag)
        printf "HS_LANGUAGE (\"%s\", \"%s\")\n", name, tag
    }
}

END {
    if (failed)
        exit 1
    print "#undef HS_LANGUAGE"
}
