#!/usr/bin/python3
# httpstatus-dialog.py CODE|NAME|ERROR: the error dialog of an HTTP
# status or a transport error in the user's language, a GTK 4 program in
# Python on libhttpstatus through GObject Introspection.  See README.md.
import argparse
import locale
import os
import sys

import gi

gi.require_version("Gtk", "4.0")
gi.require_version("HttpStatus", "1.0")
from gi.repository import Gtk, HttpStatus  # noqa: E402

import dialog  # noqa: E402
import self_test  # noqa: E402


def parse(arg):
    """(None, code) for an HTTP status: a decimal code or a name as the
    library knows it; (space, number) for a transport error: its
    constant (CURLE_COULDNT_CONNECT) or SPACE:NUMBER (curl:7); None for
    neither."""
    if arg.isdigit():
        return None, int(arg)
    if (code := HttpStatus.from_name(arg)) >= 0:
        return None, code
    number, space = HttpStatus.error_from_name(arg)
    if number >= 0:
        return space, number
    space, _, number = arg.partition(":")
    if space.lower() in dialog.ERROR_SPACES and number.isdigit():
        return dialog.ERROR_SPACES[space.lower()], int(number)
    return None


def main():
    p = argparse.ArgumentParser(
        description="The error dialog of an HTTP status or a transport error.")
    p.add_argument("code", help="a code (404), a status name (not_found), "
                   "a transport error (CURLE_COULDNT_CONNECT, curl:7)")
    p.add_argument("--self-test", nargs="?", const="", metavar="PNG",
                   help="check the drawn dialog, save it to PNG, close it")
    for what in ("title", "description", "reason"):
        p.add_argument(f"--expect-{what}", metavar="TEXT")
    args = p.parse_args()

    # What an application does: the user's locale (for GTK's own texts),
    # and the catalogs' folder when they are not where the library was
    # installed (TEXTDOMAINDIR, as the httpstatus command reads it).
    locale.setlocale(locale.LC_ALL, "")
    if os.environ.get("TEXTDOMAINDIR"):
        locale.bindtextdomain(HttpStatus.TEXTDOMAIN, os.environ["TEXTDOMAINDIR"])

    failure = parse(args.code)
    if failure is None:
        sys.exit(f"{sys.argv[0]}: {args.code}: no such HTTP status or error")
    space, code = failure
    lang = dialog.user_language()
    heading, body, small = (dialog.status_texts(code, lang) if space is None
                            else dialog.error_texts(space, code, lang))

    app = Gtk.Application(application_id="org.httpstatus.PythonDialog")
    test = None

    def activate(app):
        nonlocal test
        d = dialog.ErrorDialog(heading, body, small)
        app.add_window(d.window)
        if args.self_test is not None:
            expected = {}
            if args.expect_title is not None:
                expected["heading"] = args.expect_title
            if args.expect_description is not None:
                expected["body"] = args.expect_description
            if args.expect_reason is not None:
                expected["small print"] = f"{code} {args.expect_reason}"
            test = self_test.SelfTest(d, expected, args.self_test)
        d.window.present()

    app.connect("activate", activate)
    status = app.run([sys.argv[0]])
    sys.exit(1 if status or (test and test.failed) else 0)


if __name__ == "__main__":
    main()
