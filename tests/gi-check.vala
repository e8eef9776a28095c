/* gi-check.vala: the library from Vala through gi/httpstatus.vapi
   (made by vapigen from the GIR), compiled by valac and run by
   tests/gi-vala.test, which passes the fixtures' texts.  Prints TAP.
   Arguments: LOCALEDIR ZH_TITLE_404 ZH_DESC_404 ZH_TAG  */

int n = 0;
int failed = 0;

void check (string what, string? expected, string? actual) {
    n++;
    if (expected == actual) {
        print ("ok %d - %s\n", n, what);
    } else {
        failed++;
        print ("not ok %d - %s\n# expected %s\n#   actual %s\n", n, what,
               expected ?? "(null)", actual ?? "(null)");
    }
}

extern unowned string? bindtextdomain (string domain, string? dir);

int main (string[] args) {
    /* The build tree's catalogs, as an application shipping its own
       binds them.  */
    bindtextdomain (HttpStatus.TEXTDOMAIN, args[1]);
    check ("HttpStatus.title_lang (404, \"zh_TW\")", args[2],
           HttpStatus.title_lang (404, "zh_TW"));
    check ("HttpStatus.description_lang (NOT_FOUND, \"zh-Hant\")", args[3],
           HttpStatus.description_lang (HttpStatus.NOT_FOUND, "zh-Hant"));
    check ("HttpStatus.lang_tag (negotiate (\"zh-TW, en;q=0.5\"))", args[4],
           HttpStatus.lang_tag (HttpStatus.negotiate ("zh-TW, en;q=0.5")));
    check ("HttpStatus.from_name (\"not_found\") is NOT_FOUND", "404",
           HttpStatus.from_name ("not_found").to_string ());
    check ("HttpStatus.name (470) is null", null, HttpStatus.name (470));
    check ("HttpStatus.name (NGINX_CLIENT_CLOSED_REQUEST)",
           "HTTPSTATUS_NGINX_CLIENT_CLOSED_REQUEST",
           HttpStatus.name (HttpStatus.NGINX_CLIENT_CLOSED_REQUEST));
    check ("HttpStatus.negotiate (null)", "en", HttpStatus.negotiate (null));
    int space;
    int number = HttpStatus.error_from_name ("CURLE_COULDNT_CONNECT", out space);
    check ("HttpStatus.error_from_name (\"CURLE_COULDNT_CONNECT\", out space)",
           "7 %d".printf (HttpStatus.ERRORS_CURL), "%d %d".printf (number, space));
    check ("HttpStatus.error_name (ERRORS_WININET, 12029)",
           "ERROR_INTERNET_CANNOT_CONNECT",
           HttpStatus.error_name (HttpStatus.ERRORS_WININET, 12029));
    print ("1..%d\n", n);
    return failed == 0 ? 0 : 1;
}
