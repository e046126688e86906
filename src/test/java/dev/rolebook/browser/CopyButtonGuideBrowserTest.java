package dev.rolebook.browser;

/** {@link CopyButtonBrowserTest} on this project's guide as Rolebook renders it. */
@RenderedGuide
class CopyButtonGuideBrowserTest extends CopyButtonBrowserTest {}
