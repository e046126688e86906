package dev.rolebook.browser;

/** {@link ParameterFormBrowserTest} on this project's guide as Rolebook renders it. */
@RenderedGuide
class ParameterFormGuideBrowserTest extends ParameterFormBrowserTest {}
