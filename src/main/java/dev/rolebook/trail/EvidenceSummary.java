package dev.rolebook.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The small summary {@code trail --save} commits as {@code policies/evidence.json}, and the guide's
 * Evidence section reads: when and in which Regions the set was exercised, coverage per policy and
 * the denied actions still open. It holds no raw records, resource ARNs or account IDs (the guide
 * is published), and no time of its own making, so saving the same evidence twice gives the same file.
 */
public record EvidenceSummary(
    String setVersion,
    String setSha256,
    String scope,
    String catalog,
    String from,
    String to,
    List<String> regions,
    long calls,
    List<TrailResult.Coverage> coverage,
    List<OpenDenial> denied) {

  public static final String FILE = "evidence.json";
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public EvidenceSummary {
    regions = List.copyOf(regions);
    coverage = List.copyOf(coverage);
    denied = List.copyOf(denied);
  }

  /** A denied action the set does not grant, how often, and the policy suggested for it ("" when none has room). */
  public record OpenDenial(String action, long count, String policy) {}

  public static EvidenceSummary of(TrailResult r, String setVersion, String setSha256) {
    return new EvidenceSummary(setVersion, setSha256, r.scope(), r.catalog(), r.from(), r.to(), r.regions(), r.tracked(), r.coverage(),
        r.denied().stream().map(d -> new OpenDenial(d.action(), d.count(), d.suggestion().policy())).toList());
  }

  public String json() {
    try {
      return MAPPER.writeValueAsString(this).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code policies/evidence.json} through a temporary file and an atomic rename. */
  public void save(Path policiesDir) throws IOException {
    Path target = policiesDir.resolve(FILE);
    Path tmp = Files.createTempFile(policiesDir, "." + FILE + ".", ".tmp");
    try {
      Files.writeString(tmp, json(), StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The committed summary of a project; empty when there is none.
   *
   * @throws IOException when the file exists but cannot be read or is not a summary
   */
  public static Optional<EvidenceSummary> read(Path policiesDir) throws IOException {
    Path file = policiesDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(MAPPER.readValue(file.toFile(), EvidenceSummary.class));
    } catch (JsonProcessingException e) {
      throw new IOException("policies/" + FILE + " is not a trail summary: " + e.getOriginalMessage(), e);
    }
  }
}
