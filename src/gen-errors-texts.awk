# gen-errors-texts.awk: writes errors-texts.h, errors.def's English
# texts each once, for errors.c's string pool.
#
# Errors of equal meaning share their texts letter for letter (one
# msgid, translated once), and about two thirds of the texts are such
# repeats; the preprocessor cannot tell equal literals apart, so
# errors.c would store each again.  This numbers the distinct texts:
#   HS_ERROR_TEXT (id, "text")          each distinct text, once
#   HS_ERROR_ROW (CONSTANT, title, description)   the ids of a row's
#   HS_ERROR_SPACE_TEXTS (space, title, description, format)
# The literals are copied as they are written (escapes kept).
#
# Usage: awk -f gen-errors-texts.awk errors.def > errors-texts.h

function fail(msg) {
    printf "gen-errors-texts.awk: %s:%d: %s\n", FILENAME, FNR, msg > "/dev/stderr"
    failed = 1
    exit 1
}

# The id of literal S, numbering it if it is new.
function text_id(s) {
    if (!(s in id)) {
        id[s] = n
        text[n++] = s
    }
    return id[s]
}

# The N_() literals of LINE into lit[1..], their number returned.
function literals(line,   k) {
    k = 0
    while (match(line, /N_\("([^"\\]|\\.)*"\)/)) {
        lit[++k] = substr(line, RSTART + 3, RLENGTH - 4)
        line = substr(line, RSTART + RLENGTH)
    }
    return k
}

BEGIN { n = 0; rows = 0; spaces = 0; failed = 0 }

/^HTTPSTATUS_ERROR[ \t]*\(/ {
    if (literals($0) != 2)
        fail("a row needs two N_() texts")
    line = $0
    sub(/^HTTPSTATUS_ERROR[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    if (field[3] !~ /^[A-Z][A-Z0-9_]*$/)
        fail("cannot read the constant")
    row[rows++] = field[3] ", " text_id(lit[1]) ", " text_id(lit[2])
    next
}

/^HTTPSTATUS_ERROR_SPACE[ \t]*\(/ {
    if (literals($0) != 3)
        fail("a space needs three N_() texts")
    line = $0
    sub(/^HTTPSTATUS_ERROR_SPACE[ \t]*\([ \t]*/, "", line)
    split(line, field, /[ \t]*,[ \t]*/)
    if (field[1] !~ /^[0-9]+$/)
        fail("cannot read the space")
    space[spaces++] = field[1] ", " text_id(lit[1]) ", " text_id(lit[2]) \
                      ", " text_id(lit[3])
    next
}

END {
    if (failed)
        exit 1
    if (rows == 0)
        fail("no error found")
    print "/* errors-texts.h: generated from errors.def by gen-errors-texts.awk."
    print "   Do not edit: edit errors.def.  Included by errors.c.  */"
    print ""
    print "#ifndef HS_ERROR_TEXT"
    print "# define HS_ERROR_TEXT(id, text)"
    print "#endif"
    print "#ifndef HS_ERROR_ROW"
    print "# define HS_ERROR_ROW(constant, title, desc)"
    print "#endif"
    print "#ifndef HS_ERROR_SPACE_TEXTS"
    print "# define HS_ERROR_SPACE_TEXTS(space, title, desc, format)"
    print "#endif"
    print ""
    printf "#define HS_ERROR_TEXT_COUNT %d\n", n
    for (i = 0; i < n; i++)
        printf "HS_ERROR_TEXT (%d, %s)\n", i, text[i]
    for (i = 0; i < rows; i++)
        printf "HS_ERROR_ROW (%s)\n", row[i]
    for (i = 0; i < spaces; i++)
        printf "HS_ERROR_SPACE_TEXTS (%s)\n", space[i]
    print ""
    print "#undef HS_ERROR_TEXT"
    print "#undef HS_ERROR_ROW"
    print "#undef HS_ERROR_SPACE_TEXTS"
}
