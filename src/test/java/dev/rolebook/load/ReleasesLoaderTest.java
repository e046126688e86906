package dev.rolebook.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.rolebook.check.SetHash;
import dev.rolebook.load.ReleasesLoader.ReleaseRead;
import dev.rolebook.model.Releases;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.testing.Projects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release records: every bad field named at its place; this project's own records and schema agree. */
class ReleasesLoaderTest {
  static final String SHA = "2b65f7912927bcb98f19a192b37b85983c3050220d26f70c1e83c56a488f2727";

  private static List<String> problems(String text) {
    ReleaseRead r = new ReleasesLoader().parse("policies/releases.json", text);
    return r.diagnostics().stream().map(d -> d.location() + ": " + d.code() + " " + d.message()).toList();
  }

  @Test
  void everyBadFieldIsReportedAtItsPlace() {
    assertEquals(List.of(
        "policies/releases.json:2:15: REL001 version '1.0' is not MAJOR.MINOR.PATCH",
        "policies/releases.json:2:30: REL001 date '2026-13-01' is not a calendar date yyyy-mm-dd",
        "policies/releases.json:2:54: REL001 sha256 'sha256:abc' is not 64 lowercase hex digits",
        "policies/releases.json:3:3: REL001 missing field 'summary' in 'releases/1'",
        "policies/releases.json:4:140: REL001 unknown field 'note' in 'releases/2'",
        "policies/releases.json:4:15: REL001 version 1.0.0 is recorded twice (first at line 3)"),
        problems("""
            {"releases": [
              {"version": "1.0", "date": "2026-13-01", "sha256": "sha256:abc", "summary": "x"},
              {"version": "1.0.0", "date": "2026-01-01", "sha256": "%s"},
              {"version": "1.0.0", "date": "2026-01-02", "sha256": "%s", "summary": "x", "note": 1}
            ]}
            """.formatted(SHA, SHA)).stream().sorted().toList());
  }

  @Test
  void theProjectsRecordsNameItsCurrentHashAndPassTheSchema() throws IOException {
    ReleaseRead read = new ReleasesLoader().load(Projects.SELF);
    assertEquals(List.<Diagnostic>of(), read.diagnostics());
    Releases releases = read.releases();
    String version = Projects.self().manifest().version();
    assertEquals(SetHash.of(Projects.self()), releases.release(version).orElseThrow().sha256());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("policies/releases.schema.json")));
    assertEquals(List.of(), schema.validate(Files.readString(Path.of("policies/releases.json")), InputFormat.JSON));
    assertEquals(1, schema.validate("{\"releases\": [{\"version\": \"1.0\", \"date\": \"2026-01-01\", \"sha256\": \"" + SHA
        + "\", \"summary\": \"\"}]}", InputFormat.JSON).size());
  }
}
