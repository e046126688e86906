package dev.rolebook.browser;

/** {@link PageHygieneBrowserTest} on this project's guide as Rolebook renders it. */
@RenderedGuide
class PageHygieneGuideBrowserTest extends PageHygieneBrowserTest {}
