package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad macro logs an error at its own .adoc line, shows a placeholder and fails the render. */
class MacroProblemTest {

  private static List<String> messages(String adoc) {
    return SharedRenderer.render(adoc).messages().stream().map(RenderMessage::toString).toList();
  }

  @Test
  void unknownPolicyIsLoggedAtTheMacroLine() {
    Renderer.Page page = SharedRenderer.render("= T\n\n== S\n\nSome text.\n\npolicy::NoSuchPolicy[]\n");
    assertFalse(page.ok());
    assertEquals(List.of("src/docs/test.adoc:7: error: policy::NoSuchPolicy[]: unknown policy 'NoSuchPolicy'; known: "
        + "IaCRole-ABCA-Infrastructure, IaCRole-ABCA-Application, IaCRole-ABCA-Observability, cfn-exec-trust, ecs"),
        page.messages().stream().map(RenderMessage::toString).toList());
    assertTrue(page.body().contains("<div class=\"rolebook-problem\"><p>Rolebook could not render this block: policy::NoSuchPolicy[]: unknown policy"),
        page.body());
  }

  @Test
  void unknownVariantIsNamed() {
    assertEquals(List.of("src/docs/test.adoc:3: error: policy::IaCRole-ABCA-Observability[]: "
            + "policy 'IaCRole-ABCA-Observability' has no variant 'ecs'; its variants: none"),
        messages("= T\n\npolicy::IaCRole-ABCA-Observability[variant=ecs]\n"));
  }

  @Test
  void misspeltAttributeIsAnError() {
    assertEquals(List.of("src/docs/test.adoc:3: error: policy::IaCRole-ABCA-Application[]: unknown attribute 'varient'; known: variant, id"),
        messages("= T\n\npolicy::IaCRole-ABCA-Application[varient=ecs]\n"));
  }

  @Test
  void unknownRoleKind() {
    assertEquals(List.of("src/docs/test.adoc:4: error: roles::deploy[]: unknown role kind 'deploy'; use roles::bootstrap[] or roles::runtime[]"),
        messages("= T\n\n\nroles::deploy[]\n"));
  }

  @Test
  void targetOnATargetlessMacro() {
    assertEquals(List.of("src/docs/test.adoc:3: error: policy-inventory::x[]: policy-inventory takes no target, got 'x'"),
        messages("= T\n\npolicy-inventory::x[]\n"));
  }

  @Test
  void misspeltMacroNameIsAnError() {
    assertEquals(List.of("src/docs/test.adoc:5: error: unknown block macro 'polcy'"),
        messages("= T\n\nText.\n\npolcy::IaCRole-ABCA-Application[]\n"));
  }

  @Test
  void misspeltAttributeReferenceIsAWarning() {
    assertEquals(List.of("src/docs/test.adoc:3: warning: skipping reference to missing attribute: rb-no-such"),
        messages("= T\n\nSize {rb-no-such}.\n"));
  }

  @Test
  void aCleanPageLogsNothing() {
    assertEquals(List.of(), messages("= T\n\nThe limit is {rb-managed-limit}.\n\npolicy::cfn-exec-trust[]\n"));
  }
}
