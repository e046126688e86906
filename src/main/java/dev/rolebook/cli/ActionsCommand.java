package dev.rolebook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.ActionResource;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.LevelCounts;
import dev.rolebook.catalog.ResourceType;
import dev.rolebook.catalog.Service;
import dev.rolebook.catalog.Suggestions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code rolebook actions PATTERN…}: what an action pattern grants, looked up in the IAM catalog,
 * for people writing policies. Exit 1 when a pattern matches nothing (with the closest names).
 */
final class ActionsCommand implements Command {
  private static final String NO_RESOURCE = "(none: \"Resource\": \"*\" only)";

  @Override
  public String name() {
    return "actions";
  }

  @Override
  public String summary() {
    return "list the IAM actions a pattern such as 'ec2:Delete*' grants";
  }

  @Override
  public String usage() {
    return """
        Usage: rolebook actions PATTERN... [--format text|json] [--catalog DIR]

        Prints the IAM actions each pattern matches, with access level and resource types, from
        the IAM action catalog. Patterns are IAM's: service:Action with * (any run of characters)
        and ? (one character), case ignored; '*' alone is every action. Quote them in the shell.

          --format F      text (default) or json
        %s

        Exit codes: 0 every pattern matched, 1 some pattern matched nothing (with the closest
        names), 2 usage error.""".formatted(CatalogOption.HELP);
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args a = Args.parse(name(), args, Set.of("format", CatalogOption.NAME), Set.of());
    String format = a.choice("format", "text", List.of("text", "json"));
    if (a.positional().isEmpty()) {
      throw new UsageException("give at least one action pattern, e.g. 'ec2:Delete*'");
    }
    Catalog catalog = CatalogOption.resolve(a);
    List<Lookup> lookups = new ArrayList<>();
    for (String pattern : a.positional()) {
      List<Action> actions = catalog.match(pattern);
      lookups.add(new Lookup(pattern, actions, actions.isEmpty() ? Suggestions.forPattern(catalog, pattern) : List.of()));
    }
    if (format.equals("json")) {
      json(catalog, lookups, out);
    } else {
      text(catalog, lookups, out, err);
    }
    return lookups.stream().allMatch(l -> !l.actions.isEmpty()) ? Main.OK : Main.PROBLEMS;
  }

  private record Lookup(String pattern, List<Action> actions, List<String> suggestions) {}

  private static void text(Catalog catalog, List<Lookup> lookups, PrintStream out, PrintStream err) {
    boolean first = true;
    boolean anyRequired = false;
    for (Lookup l : lookups) {
      if (l.actions.isEmpty()) {
        err.println("rolebook actions: '" + l.pattern + "' matches no action" + unknownService(catalog, l.pattern));
        if (!l.suggestions.isEmpty()) {
          err.println("  did you mean " + String.join(", ", l.suggestions) + "?");
        }
        continue;
      }
      if (!first) {
        out.println();
      }
      first = false;
      out.println(l.pattern + ": " + heading(catalog, l.actions));
      int width = l.actions.stream().mapToInt(x -> x.qualifiedName().length()).max().orElse(0);
      int levelWidth = l.actions.stream().mapToInt(x -> x.accessLevel().label().length()).max().orElse(0);
      for (Action x : l.actions) {
        out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-" + levelWidth + "s  %s",
            x.qualifiedName(), x.accessLevel().label(), resources(x)).stripTrailing());
        anyRequired |= x.resources().stream().anyMatch(ActionResource::required);
      }
    }
    if (!first) {
      out.println();
      if (anyRequired) {
        out.println("resource types marked * are required: the request always names one of that type");
      }
      out.println(CatalogOption.describe(catalog));
    }
  }

  /** "110 actions of Amazon EC2 (110 write)", or "… in 3 services (…)" across services. */
  static String heading(Catalog catalog, List<Action> actions) {
    List<String> services = actions.stream().map(Action::service).distinct().toList();
    String where = services.size() == 1
        ? " of " + catalog.service(services.get(0)).map(Service::name).orElse(services.get(0))
        : " in " + services.size() + " services";
    String count = actions.size() == 1 ? "1 action" : String.format(Locale.ROOT, "%,d actions", actions.size());
    return count + where + " (" + LevelCounts.of(actions).summary() + ")";
  }

  private static String resources(Action a) {
    if (a.takesNoResource()) {
      return NO_RESOURCE;
    }
    return a.resources().stream().map(r -> r.type() + (r.required() ? "*" : "")).collect(Collectors.joining(", "));
  }

  private static String unknownService(Catalog catalog, String pattern) {
    int colon = pattern.indexOf(':');
    if (colon <= 0) {
      return pattern.equals("*") ? "" : " (an action pattern is service:Action)";
    }
    String service = pattern.substring(0, colon);
    boolean wild = service.contains("*") || service.contains("?");
    return !wild && catalog.service(service).isEmpty() ? " ('" + service + "' is no service prefix)" : "";
  }

  private static void json(Catalog catalog, List<Lookup> lookups, PrintStream out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("catalog");
      g.writeStringField("source", catalog.source());
      g.writeStringField("date", catalog.date());
      g.writeEndObject();
      g.writeArrayFieldStart("patterns");
      for (Lookup l : lookups) {
        g.writeStartObject();
        g.writeStringField("pattern", l.pattern);
        g.writeNumberField("count", l.actions.size());
        g.writeArrayFieldStart("actions");
        for (Action a : l.actions) {
          g.writeStartObject();
          g.writeStringField("action", a.qualifiedName());
          g.writeStringField("accessLevel", a.accessLevel().label());
          g.writeArrayFieldStart("resourceTypes");
          for (ActionResource r : a.resources()) {
            g.writeStartObject();
            g.writeStringField("type", r.type());
            g.writeBooleanField("required", r.required());
            ResourceType t = catalog.service(a.service()).orElseThrow().resourceTypes().get(r.type());
            if (t != null) {
              g.writeStringField("arn", t.arnPattern());
            }
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        if (l.actions.isEmpty()) {
          g.writeArrayFieldStart("didYouMean");
          for (String s : l.suggestions) {
            g.writeString(s);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
