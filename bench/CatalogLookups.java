import dev.rolebook.catalog.Catalog;
import dev.rolebook.cli.Main;
import dev.rolebook.load.ProjectLoader;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Statement;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * For bench/catalog-bench.sh: a cold `check`, then one bundled-catalog lookup for every action
 * pattern and condition key in the project's policies and variants (what catalog-backed checks
 * do), in one JVM. The project is read again through Rolebook's own loader, whose classes the
 * check has already loaded; {@code --no-lookups} does all but the lookups, so the two differ by
 * exactly the catalog's work.
 * Usage: java -cp rolebook.jar:DIR CatalogLookups [--no-lookups] [PROJECT]
 */
public class CatalogLookups {
  public static void main(String[] args) {
    boolean lookups = !(args.length > 0 && args[0].equals("--no-lookups"));
    Path project = Path.of(args.length > (lookups ? 0 : 1) ? args[args.length - 1] : ".");
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    int code = Main.run(new String[] {"check", "--project", project.toString()}, sink, sink);
    PolicySet set = new ProjectLoader().load(project).policySet().orElseThrow();
    List<PolicyDocument> docs = new ArrayList<>(set.documents().values());
    docs.addAll(set.variantDocuments().values());
    if (!lookups) {
      System.out.println("check exit " + code + "; " + docs.size() + " documents read again, no lookups");
      return;
    }
    Catalog catalog = Catalog.bundled();
    int actions = 0;
    int keys = 0;
    for (PolicyDocument d : docs) {
      for (Statement s : d.statements()) {
        for (String a : s.action().or(s::notAction).map(v -> v.items()).orElse(List.of())) {
          actions += catalog.match(a).size();
        }
        if (s.condition().orElse(null) instanceof JsonValue.JsonObject operators) {
          for (JsonValue op : operators.asMap().values()) {
            if (op instanceof JsonValue.JsonObject byKey) {
              for (String key : byKey.keys()) {
                keys += catalog.conditionKey(key).isPresent() ? 1 : 0;
              }
            }
          }
        }
      }
    }
    System.out.println("check exit " + code + "; " + actions + " catalog actions granted, " + keys + " condition keys known");
  }
}
