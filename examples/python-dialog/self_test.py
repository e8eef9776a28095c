# self_test.py: --self-test: once the dialog is drawn, read the texts
# back from its labels, compare them with what was expected, save a
# screenshot, close the dialog; "ok - ..." / "not ok - ..." lines that
# tests/python-dialog.test turns into TAP.

import ctypes
import os

import gi

gi.require_version("Gtk", "4.0")
from gi.repository import GLib, Gtk  # noqa: E402

DRAW_TIMEOUT_SECONDS = 30


class SelfTest:
    def __init__(self, dialog, expected, screenshot):
        """EXPECTED: {"heading": text, ...} for the labels to check."""
        self.dialog, self.expected, self.screenshot = dialog, expected, screenshot
        self.failed = False
        self.timeout = GLib.timeout_add_seconds(DRAW_TIMEOUT_SECONDS,
                                                self._too_late)
        dialog.window.connect("map", self._on_map)

    def report(self, ok, what):
        print(("ok - " if ok else "not ok - ") + what, flush=True)
        self.failed |= not ok

    def _too_late(self):
        self.report(False, "the dialog was drawn")
        os._exit(1)  # no exception leaves a GLib callback

    def _on_map(self, window):
        # The first frame painted: sizes and layouts are final.  Check
        # from an idle callback, outside the frame cycle.
        clock = window.get_frame_clock()
        handler = None

        def after_paint(clock):
            clock.disconnect(handler)
            GLib.idle_add(self._finish)
        handler = clock.connect("after-paint", after_paint)

    def _finish(self):
        GLib.source_remove(self.timeout)
        try:
            self._check()
        except Exception as e:  # a failed check, never a hung test
            self.report(False, f"the checks ran ({e!r})")
        self.dialog.window.close()
        return GLib.SOURCE_REMOVE

    def _check(self):
        d = self.dialog
        for name, label in (("heading", d.heading), ("body", d.body),
                            ("small print", d.small_print)):
            if name in self.expected:
                self.report(label.get_text() == self.expected[name],
                            f"{name} is the expected text")
                if label.get_text() != self.expected[name]:
                    print(f"#   expected: {self.expected[name]}\n"
                          f"#   got:      {label.get_text()}")
            # A character no font has is drawn as a box: readable back,
            # unreadable on screen.
            unknown = label.get_layout().get_unknown_glyphs_count()
            self.report(unknown == 0, f"every character of the {name} has a glyph")
        if self.screenshot:
            self.report(save_png(d.window, self.screenshot), "screenshot saved")


def save_png(widget, path):
    """WIDGET as drawn, rendered again by its own window's renderer (no
    X server timing involved, as examples/gtk-dialog/screenshot.c does),
    saved to PATH."""
    width, height = widget.get_width(), widget.get_height()
    renderer = widget.get_native().get_renderer()
    snapshot = Gtk.Snapshot()
    Gtk.WidgetPaintable.new(widget).snapshot(snapshot, width, height)
    # PyGObject 3.42 (Debian 12) cannot hand Python a GskRenderNode, a
    # fundamental type that is no GObject: the node goes from GTK to
    # GTK through ctypes, three C calls.
    gtk = ctypes.CDLL("libgtk-4.so.1")
    gtk.gtk_snapshot_to_node.restype = ctypes.c_void_p
    gtk.gtk_snapshot_to_node.argtypes = [ctypes.c_void_p]
    gtk.gsk_renderer_render_texture.restype = ctypes.c_void_p
    gtk.gsk_renderer_render_texture.argtypes = [ctypes.c_void_p] * 3
    gtk.gdk_texture_save_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    gtk.gsk_render_node_unref.argtypes = [ctypes.c_void_p]
    node = gtk.gtk_snapshot_to_node(_pointer(snapshot))
    if not node:
        return False
    viewport = (ctypes.c_float * 4)(0, 0, width, height)  # graphene_rect_t
    texture = gtk.gsk_renderer_render_texture(_pointer(renderer), node,
                                              ctypes.addressof(viewport))
    gtk.gsk_render_node_unref(node)
    saved = gtk.gdk_texture_save_to_png(texture, path.encode())
    # The texture is ours to free.
    ctypes.CDLL("libgobject-2.0.so.0").g_object_unref(ctypes.c_void_p(texture))
    return bool(saved)


def _pointer(obj):
    """The C pointer of a PyGObject object."""
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype = ctypes.c_void_p
    get.argtypes = [ctypes.py_object, ctypes.c_char_p]
    return get(obj.__gpointer__, None)
