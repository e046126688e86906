package dev.rolebook.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolebook.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three input forms give the same events; bad input is named at its file, line and column. */
class TrailReaderTest {
  @TempDir Path tmp;

  private List<TrailEvent> read(Path path, List<Diagnostic> problems) throws IOException {
    List<TrailEvent> out = new ArrayList<>();
    for (TrailFiles.Input f : TrailFiles.expand(path, path.getFileName().toString())) {
      TrailReader.read(f.path(), f.display(), out::add, problems::add);
    }
    return out;
  }

  /** An event without its position, so events read from different forms compare equal. */
  private static List<TrailEvent> located(List<TrailEvent> events) {
    return events.stream().map(e -> new TrailEvent("", e.time(), e.source(), e.name(), e.region(), e.sourceIp(), e.userAgent(),
        e.accountId(), e.identityType(), e.identityArn(), e.issuerArn(), e.eventType(), e.errorCode(), e.errorMessage(),
        e.vpcEndpointId(), e.resources())).toList();
  }

  @Test
  void allThreeFormsGiveTheSameEvents() throws IOException {
    List<ObjectNode> records = TrailRecords.deployment();
    List<Diagnostic> problems = new ArrayList<>();
    List<TrailEvent> s3 = read(TrailRecords.s3Logs(tmp.resolve("logs"), records), problems);
    Path lookup = Files.writeString(tmp.resolve("lookup.json"), TrailRecords.lookupEvents(records));
    Path lake = Files.writeString(tmp.resolve("lake.json"), TrailRecords.lakeResults(records));
    assertEquals(List.of(), problems);
    assertEquals(records.size(), s3.size(), "the digest file is skipped, every log file read");
    assertEquals(located(s3), located(read(lookup, problems)));
    assertEquals(located(s3), located(read(lake, problems)));
    assertEquals(List.of(), problems);
    TrailEvent first = s3.get(0);
    assertEquals("logs/AWSLogs/111122223333/CloudTrail/us-east-1/2026/03/01/111122223333_CloudTrail_us-east-1_20260301T1000Z_a.json.gz:1", first.where());
    assertEquals("cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1", first.role().orElseThrow().name());
    TrailEvent versioned = s3.stream().filter(e -> e.name().equals("CreateFunction20150331")).findFirst().orElseThrow();
    assertEquals("2026-03-01T10:00:12Z", versioned.time());
  }

  @Test
  void badInputIsReportedWithItsPlace() throws IOException {
    Files.writeString(tmp.resolve("cut.json"), "{\"Records\": [{\"eventSource\": \"s3.amazonaws.com\",\n  \"eventName\": ");
    Files.write(tmp.resolve("cut.json.gz"), Arrays.copyOf(gz("{\"Records\": []}"), 12));
    Files.writeString(tmp.resolve("other.json"), "{\"Foo\": [1, 2]}");
    Files.writeString(tmp.resolve("odd.json"), "{\"Records\": [\"text\", {\"eventName\": \"GetObject\"}]}");
    List<Diagnostic> problems = new ArrayList<>();
    List<TrailEvent> events = new ArrayList<>();
    for (String f : List.of("cut.json", "cut.json.gz", "other.json", "odd.json")) {
      TrailReader.read(tmp.resolve(f), f, events::add, problems::add);
    }
    assertEquals(List.of(), events);
    assertEquals(List.of(
        "cut.json:2:16: TRAIL001 'cut.json' is not valid JSON: Unexpected end-of-input within/between Object entries",
        "cut.json.gz:-1:-1: TRAIL001 'cut.json.gz' is a damaged gzip file (Unexpected end of ZLIB input stream)",
        "other.json:1:1: TRAIL001 'other.json' holds no CloudTrail records: no Records, Events or QueryResultRows array",
        "odd.json:1:14: TRAIL001 'odd.json' has a string where a record (object) was expected",
        "odd.json:1:22: TRAIL002 record has no eventSource; skipped"),
        problems.stream().map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.code() + " " + d.message()).toList());
  }

  private static byte[] gz(String text) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(b)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @Test
  void lakeStructText() {
    Object v = StructText.parse("{type=AssumedRole, arn=arn:aws:sts::1:assumed-role/R/S, sessioncontext={attributes={mfaauthenticated=false},"
        + " sessionissuer={type=Role, arn=arn:aws:iam::1:role/R}}, invokedby=null}");
    assertEquals("{type=AssumedRole, arn=arn:aws:sts::1:assumed-role/R/S, sessioncontext={attributes={mfaauthenticated=false},"
        + " sessionissuer={type=Role, arn=arn:aws:iam::1:role/R}}, invokedby=null}", String.valueOf(v));
    assertEquals(List.of(java.util.Map.of("arn", "arn:aws:s3:::b", "type", "AWS::S3::Bucket")),
        StructText.parse("[{arn=arn:aws:s3:::b, type=AWS::S3::Bucket}]"));
  }
}
