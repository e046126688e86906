package dev.rolebook.browser;

/** {@link ThemeToggleBrowserTest} on this project's guide as Rolebook renders it. */
@RenderedGuide
class ThemeToggleGuideBrowserTest extends ThemeToggleBrowserTest {}
