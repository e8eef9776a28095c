# dialog.py: the error dialog of one failure, an HTTP status or a
# transport error of libcurl, WinINet or WinHTTP, built from the
# library's texts through GObject Introspection (gi.repository.HttpStatus).
#
# Like examples/gtk-dialog, a plain Gtk.Window wearing the style classes
# of GTK's own message dialogs, so it works unchanged from GTK 4.8
# (Debian 12).  The texts come from the _lang calls: GI hands Python
# UTF-8 strings, and the _lang calls answer in UTF-8 whatever the
# locale's charset (httpstatus_title in a Big5 locale would answer in
# Big5, which no GI string can carry).

import gi

gi.require_version("Gtk", "4.0")
gi.require_version("HttpStatus", "1.0")
from gi.repository import GLib, Gtk, HttpStatus, Pango  # noqa: E402

# GTK's own catalog translates the Close button: every GTK install has
# it in every language GTK speaks.
GTK_TEXTDOMAIN = "gtk40"


def user_language():
    """The user's language as gettext reads it (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG): GLib's first name, "zh_TW.UTF-8" or "C"."""
    return GLib.get_language_names()[0]


def status_texts(code, lang):
    """Heading, body and small print of HTTP status CODE in LANG."""
    return (HttpStatus.title_lang(code, lang),
            HttpStatus.description_lang(code, lang),
            f"{code} {HttpStatus.reason(code)}")


# The libraries whose transport errors the library knows, by the names
# a user of this program may type ("curl:7").
ERROR_SPACES = {"curl": HttpStatus.ERRORS_CURL,
                "wininet": HttpStatus.ERRORS_WININET,
                "winhttp": HttpStatus.ERRORS_WINHTTP}


def error_texts(space, number, lang):
    """Heading, body and small print of transport error NUMBER of SPACE
    (an HttpStatus.ERRORS_* value) in LANG: the failures before any
    status (no network, server not found, connection refused)."""
    name = HttpStatus.error_name(space, number)
    return (HttpStatus.error_title_lang(space, number, lang),
            HttpStatus.error_description_lang(space, number, lang),
            f"{name} ({number})" if name else str(number))


def _label(text, max_width_chars):
    label = Gtk.Label(label=text, wrap=True, selectable=True,
                      max_width_chars=max_width_chars,
                      justify=Gtk.Justification.CENTER)
    # Chinese has no spaces between words: break between any two
    # characters when a word does not fit.
    label.set_wrap_mode(Pango.WrapMode.WORD_CHAR)
    return label


class ErrorDialog:
    """The window and the labels a test reads back."""

    def __init__(self, heading, body, small_print):
        self.window = Gtk.Window(title=heading, resizable=False)
        for css in ("dialog", "message"):
            self.window.add_css_class(css)
        self.window.set_titlebar(Gtk.Box())
        shortcuts = Gtk.ShortcutController()
        shortcuts.add_shortcut(Gtk.Shortcut.new(
            Gtk.ShortcutTrigger.parse_string("Escape"),
            Gtk.NamedAction.new("window.close")))
        self.window.add_controller(shortcuts)

        vbox = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        self.window.set_child(vbox)
        message = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10,
                          margin_start=30, margin_end=30, margin_bottom=24,
                          vexpand=True)
        message.add_css_class("message-area")
        vbox.append(message)

        self.heading = _label(heading, 30)
        self.heading.add_css_class("title")
        message.append(self.heading)
        self.body = _label(body, 50)
        message.append(self.body)
        # What went over the wire, never translated: a support desk can
        # search for it.
        self.small_print = _label(small_print, 40)
        for css in ("caption", "dim-label"):
            self.small_print.add_css_class(css)
        message.append(self.small_print)

        self.close = Gtk.Button.new_with_mnemonic(
            GLib.dgettext(GTK_TEXTDOMAIN, "_Close"))
        self.close.set_margin_start(12)
        self.close.set_margin_end(12)
        self.close.set_margin_bottom(12)
        self.close.set_action_name("window.close")
        vbox.append(self.close)
        self.window.set_default_widget(self.close)
        self.window.set_focus(self.close)
