package dev.rolebook.browser;

/** {@link TocBrowserTest} on this project's guide as Rolebook renders it. */
@RenderedGuide
class TocGuideBrowserTest extends TocBrowserTest {}
