// gi-check.js: the library through GObject Introspection, from
// JavaScript (GJS), against the fixtures: every code's title and
// description in every language of po/LINGUAS by name (_lang calls),
// the class fallbacks, every constant of codes.tsv, the calls on names
// and languages, and the locale-driven title in the locale GJS was
// started in (tests/gi-gjs.test starts it in zh_TW.UTF-8).  Prints TAP.
// Arguments: FIXTURES LINGUAS LOCALEDIR USE_NLS
imports.gi.versions.HttpStatus = '1.0';
const {GLib, HttpStatus} = imports.gi;
const Gettext = imports.gettext;
const System = imports.system;

const [fixtures, linguas, localedir, useNls] = ARGV;
// The build tree's catalogs, as an application shipping its own binds them.
Gettext.bindtextdomain(HttpStatus.TEXTDOMAIN, localedir);

let n = 0, failed = 0;
function check(what, expected, actual) {
    n++;
    const e = JSON.stringify(expected), a = JSON.stringify(actual);
    if (e === a) {
        print(`ok ${n} - ${what}`);
    } else {
        failed++;
        print(`not ok ${n} - ${what}`);
        print(`# expected ${e}`);
        print(`#   actual ${a}`);
    }
}

function read(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return new TextDecoder('utf-8').decode(bytes);
}
function rows(path) {
    return read(path).split('\n')
        .filter(l => l !== '' && !l.startsWith('#')).map(l => l.split('\t'));
}
function texts(ll) {
    const t = {};
    for (const r of rows(`${fixtures}/${useNls === 'yes' ? ll : 'en'}.tsv`))
        t[r[0]] = r;
    return t;
}

const codes = rows(`${fixtures}/codes.tsv`).filter(r => r[0] !== 'code');
const languages = ['en'].concat(read(linguas).split('\n')
    .map(l => l.replace(/#.*/, '').trim()).filter(l => l !== ''));

for (const ll of languages) {
    const t = texts(ll);
    check(`${ll}: title_lang and description_lang of every code`, [],
        codes.map(r => r[0]).filter(c =>
            HttpStatus.title_lang(+c, ll) !== t[c][1] ||
            HttpStatus.description_lang(+c, ll) !== t[c][2]));
    check(`${ll}: class_title_lang of 0..5`,
        [0, 1, 2, 3, 4, 5].map(k => t[`class${k}`][1]),
        [0, 1, 2, 3, 4, 5].map(k =>
            HttpStatus.class_title_lang(k ? k * 100 + 70 : 0, ll)));
}
const zh = useNls === 'yes' ? 'zh_TW' : 'en';
const zhTexts = texts('zh_TW');
check("title_lang (404, 'zh_TW')", zhTexts['404'][1],
    HttpStatus.title_lang(404, 'zh_TW'));
check('title_lang (404, null) is English', texts('en')['404'][1],
    HttpStatus.title_lang(404, null));

// Every constant of codes.tsv, its name and reason.
check("every code's constant, name, reason and from_name", [],
    codes.filter(([c, constant, reason]) => {
        const short = constant.replace(/^HTTP_STATUS_|^HTTPSTATUS_/, '');
        return HttpStatus[short] !== +c ||
            HttpStatus.name(+c) !== constant ||
            HttpStatus.reason(+c) !== reason ||
            HttpStatus.from_name(constant) !== +c;
    }).map(r => r[0]));
check('CODE_MIN, CODE_MAX', [100, 599],
    [HttpStatus.CODE_MIN, HttpStatus.CODE_MAX]);
check('name (470) is null', null, HttpStatus.name(470));
check("from_name: 'not_found', null, ''", [404, -1, -1],
    ['not_found', null, ''].map(x => HttpStatus.from_name(x)));
check('class, next', [4, 0, 101, -1],
    [HttpStatus.class(404), HttpStatus.class(600), HttpStatus.next(100),
        HttpStatus.next(HttpStatus.CODE_MAX)]);
check("vendor of 499, its name; no vendor's name is null",
    [HttpStatus.VENDOR_NGINX, 'nginx', null],
    [HttpStatus.vendor(499), HttpStatus.vendor_name(HttpStatus.VENDOR_NGINX),
        HttpStatus.vendor_name(HttpStatus.VENDOR_NONE)]);

// The transport errors: every (space, number) of errors.tsv, its name
// and from_name, the constants; its texts by name in every language
// that has a fixture errors-LL.tsv (errors-en.tsv for English).
const spaces = {curl: HttpStatus.ERRORS_CURL, wininet: HttpStatus.ERRORS_WININET,
    winhttp: HttpStatus.ERRORS_WINHTTP};
const errors = rows(`${fixtures}/errors.tsv`);
check('ERRORS_CURL, _WININET, _WINHTTP', [1, 2, 3],
    [spaces.curl, spaces.wininet, spaces.winhttp]);
check("every error's name and from_name", [],
    errors.filter(([space, number, constant]) =>
        HttpStatus.error_name(spaces[space], +number) !== constant ||
        JSON.stringify(HttpStatus.error_from_name(constant)) !==
            JSON.stringify([+number, spaces[space]])).map(r => r[2]));
for (const ll of languages) {
    const path = `${fixtures}/errors-${useNls === 'yes' ? ll : 'en'}.tsv`;
    if (!GLib.file_test(path, GLib.FileTest.EXISTS))
        continue;
    const t = {};
    for (const r of rows(path))
        t[r[0]] = r;
    check(`${ll}: error_title_lang and error_description_lang of every error`,
        [], errors.filter(([space, number, constant]) =>
            HttpStatus.error_title_lang(spaces[space], +number, ll) !== t[constant][1] ||
            HttpStatus.error_description_lang(spaces[space], +number, ll) !==
                t[constant][2]).map(r => r[2]));
    check(`${ll}: an unknown error's texts are its space's`,
        [t['space:curl'][1], t['space:unknown'][1]],
        [HttpStatus.error_title_lang(spaces.curl, 9999, ll),
            HttpStatus.error_title_lang(99, 7, ll)]);
}
check('an unknown error has no name; from_name gives [-1, 0]',
    [null, [-1, 0], [-1, 0]],
    [HttpStatus.error_name(spaces.curl, 9999),
        HttpStatus.error_from_name('NOT_FOUND'), HttpStatus.error_from_name(null)]);

// Languages by name.
const installed = [];
for (let name; (name = HttpStatus.lang_installed(installed.length)) !== null;)
    installed.push(name);
check('lang_installed: English and every language, then null',
    useNls === 'yes' ? languages : ['en'], installed);
check('negotiate', [zh, zh, 'en', 'en'],
    ['zh-TW', 'fr, zh-Hant;q=0.5', null, ''].map(
        x => HttpStatus.negotiate(x)));
check('lang_tag', [zh.replace('_', '-'), 'en'],
    [HttpStatus.lang_tag('zh_TW'), HttpStatus.lang_tag(null)]);

// GJS calls setlocale (LC_ALL, "") itself: the locale of the environment.
check('title (404) in the locale of the environment (zh_TW.UTF-8)',
    zhTexts['404'][1], HttpStatus.title(404));
check("error_title (CURL, 7) in that locale is error_title_lang's",
    HttpStatus.error_title_lang(HttpStatus.ERRORS_CURL, 7, zh),
    HttpStatus.error_title(HttpStatus.ERRORS_CURL, 7));

check('the _l and _r calls are not bound', [],
    ['title_l', 'description_l', 'title_r', 'description_r', 'error_title_r',
        'error_description_r'].filter(
        f => f in HttpStatus));

print(`1..${n}`);
System.exit(failed ? 1 : 0);
