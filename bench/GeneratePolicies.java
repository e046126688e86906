import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a Rolebook project with N generated managed policies (10 per role, every wildcard
 * statement explained) for the check benchmark. Usage: java bench/GeneratePolicies.java DIR N
 */
public class GeneratePolicies {
  private static final String[] SERVICES = {"s3", "dynamodb", "lambda", "logs", "sqs", "sns", "kms", "ec2"};
  private static final String[] VERBS = {"Get", "Put", "Delete", "List", "Describe", "Create", "Update", "Tag"};
  private static final String[] NOUNS = {"Object", "Table", "Function", "LogGroup", "Queue", "Topic", "Key", "Vpc", "Item", "Alias"};

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    Path policies = dir.resolve("policies");
    Files.createDirectories(policies);
    Random random = new Random(42); // fixed seed: every run measures the same documents
    List<String> entries = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = String.format(Locale.ROOT, "Generated-%04d", i);
      String role = "role-" + (i / 10);
      if (i % 10 == 0) {
        roles.add("{\"id\": \"" + role + "\", \"kind\": \"runtime\", \"name\": \"Role " + (i / 10) + "\", \"assumedBy\": \"Lambda\", \"purpose\": \"Benchmark.\"}");
      }
      StringBuilder doc = new StringBuilder("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n");
      int statements = 3 + random.nextInt(6);
      for (int s = 0; s < statements; s++) {
        String service = SERVICES[random.nextInt(SERVICES.length)];
        doc.append("    {\n      \"Sid\": \"S").append(s).append("\",\n      \"Effect\": \"Allow\",\n      \"Action\": [\n");
        int actions = 4 + random.nextInt(12);
        for (int a = 0; a < actions; a++) {
          doc.append("        \"").append(service).append(':').append(VERBS[a % VERBS.length]).append(NOUNS[(a / VERBS.length + s) % NOUNS.length]).append('"')
              .append(a + 1 < actions ? ",\n" : "\n");
        }
        boolean star = s == 0;
        doc.append("      ],\n      \"Resource\": ")
            .append(star ? "\"*\"" : "[\n        \"arn:aws:" + service + ":*:*:stack-" + i + "-" + s + "-*\"\n      ]");
        if (s == 1) {
          doc.append(",\n      \"Condition\": {\n        \"StringEquals\": {\n          \"aws:RequestedRegion\": [\"us-east-1\", \"eu-west-1\"]\n        }\n      }");
        }
        doc.append("\n    }").append(s + 1 < statements ? ",\n" : "\n");
        if (star) {
          reasons.add("{\"policy\": \"" + name + "\", \"sid\": \"S0\", \"service\": \"" + service + "\", \"reason\": \"Benchmark.\"}");
        }
      }
      doc.append("  ]\n}\n");
      Files.writeString(policies.resolve(name + ".json"), doc);
      entries.add("{\"name\": \"" + name + "\", \"file\": \"" + name + ".json\", \"type\": \"managed\", \"attachTo\": \"" + role + "\", \"scope\": \"generated\"}");
    }
    String manifest = "{\n  \"title\": \"Benchmark\",\n  \"version\": \"0\",\n  \"parameters\": [],\n  \"roles\": [\n    "
        + String.join(",\n    ", roles) + "\n  ],\n  \"policies\": [\n    " + String.join(",\n    ", entries)
        + "\n  ],\n  \"resourceReasons\": [\n    " + String.join(",\n    ", reasons) + "\n  ]\n}\n";
    Files.writeString(policies.resolve("rolebook.json"), manifest);
  }
}
