package dev.rolebook.trail;

import dev.rolebook.catalog.Action;
import dev.rolebook.catalog.Catalog;
import dev.rolebook.model.JsonValue;
import dev.rolebook.model.PolicyDocument;
import dev.rolebook.model.PolicySet;
import dev.rolebook.model.Statement;
import dev.rolebook.report.Diagnostic;
import dev.rolebook.substitute.Substitution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * {@code rolebook trail}'s work: streams every record once, keeps only counts keyed by distinct
 * action and resource (capped, so memory stays bounded whatever the input size), and turns them
 * into a {@link TrailResult}.
 */
public final class Trail {
  /** Distinct denied, unmapped and not-granted rows kept; further distinct rows are only counted. */
  static final int MAX_ROWS = 10_000;

  private final PolicySet set;
  private final ActionMapping mapping;
  private final Principals principals;
  private final Map<List<String>, Evaluator> evaluators = new HashMap<>();
  private final Map<String, Set<String>> used = new HashMap<>();
  private final Map<String, Long> roleCounts = new LinkedHashMap<>();
  private final Map<String, Denied> denied = new TreeMap<>();
  private final Map<String, long[]> unmapped = new TreeMap<>();
  private final Map<String, long[]> notGranted = new TreeMap<>();
  private final Set<String> regions = new TreeSet<>();
  private final Set<String> accounts = new TreeSet<>();
  private final String scope;
  private final List<String> variants;
  private final Substitution values;
  private long records;
  private long ignored;
  private long overflow;
  private int files;
  private String from = "";
  private String to = "";

  /** How the trail is read: whose calls, with which values and variants. */
  public record Options(Optional<dev.rolebook.substitute.Target> target, List<String> roleArns) {
    public Options {
      roleArns = List.copyOf(roleArns);
    }
  }

  private Trail(PolicySet set, Catalog catalog, Options options, List<Diagnostic> warnings) {
    this.set = set;
    this.mapping = new ActionMapping(catalog);
    this.values = options.target().map(t -> t.substitution()).orElseGet(() -> Substitution.anyValue(set.manifest().parameters()));
    this.variants = options.target().map(t -> t.variants()).orElse(List.of());
    this.scope = options.target().map(t -> "target " + t.name()).orElse("any deployment (placeholders match any value)");
    List<RoleArn> extra = options.roleArns().stream().map(a -> Principals.parseRoleArn(a).orElseThrow()).toList();
    this.principals = Principals.of(set, values, extra, warnings);
    principals.tracked().forEach(t -> roleCounts.put(t.label(), 0L));
  }

  /** A --role value that is not a role ARN, or empty when every value is one. */
  public static Optional<String> badRole(List<String> roleArns) {
    return roleArns.stream().filter(a -> Principals.parseRoleArn(a).isEmpty()).findFirst();
  }

  /** One input: a file or directory and the name messages give it. */
  public record Input(Path path, String display) {}

  /**
   * Reads every input and analyses the tracked roles' calls. Problems with the input (and roles
   * that cannot be recognised) go to {@code problems}; the result covers whatever could be read.
   */
  public static TrailResult analyse(PolicySet set, Catalog catalog, Options options, List<Input> inputs, Consumer<Diagnostic> problems)
      throws java.io.IOException {
    List<Diagnostic> warnings = new ArrayList<>();
    Trail t = new Trail(set, catalog, options, warnings);
    warnings.forEach(problems);
    for (Input in : inputs) {
      for (TrailFiles.Input f : TrailFiles.expand(in.path(), in.display())) {
        t.files++;
        TrailReader.read(f.path(), f.display(), t::accept, problems);
      }
    }
    return t.result(catalog);
  }

  private static final class Denied {
    final String action;
    final String resource;
    final Denial.Where where;
    final Principals.Tracked role;
    final Action catalogAction;
    long count;
    String first = "";
    String last = "";

    Denied(String action, String resource, Denial.Where where, Principals.Tracked role, Action catalogAction) {
      this.action = action;
      this.resource = resource;
      this.where = where;
      this.role = role;
      this.catalogAction = catalogAction;
    }
  }

  private void accept(TrailEvent e) {
    records++;
    Optional<Principals.Tracked> role = principals.match(e);
    // Only API calls are evidence; AwsServiceEvent and console sign-ins are not requests the role made.
    boolean apiCall = e.eventType().isEmpty() || e.eventType().equals("AwsApiCall");
    if (role.isEmpty() || !apiCall) {
      ignored++;
      return;
    }
    roleCounts.merge(role.get().label(), 1L, Long::sum);
    if (!e.time().isEmpty()) {
      from = from.isEmpty() || e.time().compareTo(from) < 0 ? e.time() : from;
      to = e.time().compareTo(to) > 0 ? e.time() : to;
    }
    if (!e.region().isEmpty()) {
      regions.add(e.region());
    }
    e.role().ifPresent(r -> accounts.add(r.account()));
    Evaluator evaluator = evaluators.computeIfAbsent(role.get().policies(), this::evaluator);
    if (e.failed() && Denial.isDenied(e.errorCode())) {
      denied(e, role.get(), evaluator);
      return;
    }
    // Any other outcome (success, or an error raised after authorisation) shows the call was allowed.
    ActionMapping.Mapped mapped = mapping.map(e.source(), e.name());
    if (mapped.action().isEmpty()) {
      count(unmapped, e.source() + "\n" + e.name() + "\n" + mapped.reason());
      return;
    }
    Action action = mapped.action().get();
    RequestContext ctx = new RequestContext(action.qualifiedName(), e.resources().stream().findFirst(), RequestContext.keysOf(e));
    Decision d = evaluator.decide(ctx, action.takesNoResource());
    String lower = action.qualifiedName().toLowerCase(Locale.ROOT);
    d.allowing().forEach(r -> used.computeIfAbsent(r.key(), k -> new java.util.HashSet<>()).add(lower));
    d.maybeAllowing().forEach(r -> used.computeIfAbsent(r.key(), k -> new java.util.HashSet<>()).add(lower));
    if (d.outcome() == Decision.Outcome.NOT_GRANTED || d.outcome() == Decision.Outcome.DENIED_EXPLICITLY) {
      count(notGranted, action.qualifiedName() + "\n" + d.outcome().words());
    }
  }

  private void denied(TrailEvent e, Principals.Tracked role, Evaluator evaluator) {
    Denial denial = Denial.of(e.errorMessage());
    Optional<Action> action = denial.action().flatMap(mapping::named);
    if (action.isEmpty()) {
      ActionMapping.Mapped mapped = mapping.map(e.source(), e.name());
      if (mapped.action().isEmpty()) {
        count(unmapped, e.source() + "\n" + e.name() + "\n" + mapped.reason() + " (a denied call)");
        return;
      }
      action = mapped.action();
    }
    String resource = denial.resource().or(() -> e.resources().stream().findFirst()).orElse("");
    String key = action.get().qualifiedName() + "\n" + resource + "\n" + denial.where() + "\n" + role.label();
    Denied row = denied.get(key);
    if (row == null) {
      if (denied.size() >= MAX_ROWS) {
        overflow++;
        return;
      }
      row = new Denied(action.get().qualifiedName(), resource, denial.where(), role, action.get());
      denied.put(key, row);
    }
    row.count++;
    if (!e.time().isEmpty()) {
      row.first = row.first.isEmpty() || e.time().compareTo(row.first) < 0 ? e.time() : row.first;
      row.last = e.time().compareTo(row.last) > 0 ? e.time() : row.last;
    }
    // The request context of the first denial of this row stands for all of them.
    if (row.count == 1) {
      contexts.put(key, RequestContext.keysOf(e));
    }
  }

  private final Map<String, Map<String, String>> contexts = new HashMap<>();

  private void count(Map<String, long[]> rows, String key) {
    long[] c = rows.get(key);
    if (c == null) {
      if (rows.size() >= MAX_ROWS) {
        overflow++;
        return;
      }
      rows.put(key, c = new long[1]);
    }
    c[0]++;
  }

  /** The rules in force for a role: its policies with the chosen variants joined, values substituted. */
  private Evaluator evaluator(List<String> policies) {
    List<Rule> rules = new ArrayList<>();
    for (String p : policies) {
      Optional<JsonValue> written = set.combined(p, variants);
      if (written.isEmpty()) {
        continue;
      }
      List<Statement> asWritten = PolicyDocument.statementsOf(written.get());
      List<Statement> substituted = PolicyDocument.statementsOf(values.apply(written.get()));
      for (int i = 0; i < asWritten.size(); i++) {
        rules.add(Rule.of(p, substituted.get(i), asWritten.get(i)));
      }
    }
    return new Evaluator(rules);
  }

  private TrailResult result(Catalog catalog) {
    Suggester suggester = new Suggester(set);
    List<TrailResult.DeniedCall> open = new ArrayList<>();
    List<TrailResult.DeniedCall> granted = new ArrayList<>();
    List<TrailResult.DeniedCall> elsewhere = new ArrayList<>();
    for (Map.Entry<String, Denied> entry : denied.entrySet()) {
      Denied row = entry.getValue();
      Evaluator evaluator = evaluators.computeIfAbsent(row.role.policies(), this::evaluator);
      RequestContext ctx = new RequestContext(row.action, row.resource.isEmpty() ? Optional.empty() : Optional.of(row.resource),
          contexts.getOrDefault(entry.getKey(), Map.of()));
      Decision d = evaluator.decide(ctx, row.catalogAction.takesNoResource());
      List<String> notes = new ArrayList<>(d.notEvaluated());
      d.denying().forEach(r -> notes.add("denied by " + r.name()));
      if (row.where != Denial.Where.IDENTITY_POLICY && row.where != Denial.Where.UNKNOWN) {
        notes.add("AWS says: " + row.where.words());
      }
      if (row.where == Denial.Where.ELSEWHERE) {
        elsewhere.add(call(row, d, notes, TrailResult.Suggestion.none("the denial comes from outside the set")));
      } else if (d.outcome() == Decision.Outcome.ALLOWED) {
        d.allowing().forEach(r -> notes.add("granted by " + r.name()));
        granted.add(call(row, d, notes, TrailResult.Suggestion.none("the set already grants it: deploy the set")));
      } else if (d.outcome() == Decision.Outcome.NOT_GRANTED) {
        open.add(call(row, d, notes, suggester.suggest(row.catalogAction,
            row.resource.isEmpty() || row.resource.equals("*") ? Optional.empty() : Optional.of(row.resource), row.role.policies())));
      } else {
        open.add(call(row, d, notes, TrailResult.Suggestion.none(d.outcome() == Decision.Outcome.DENIED_EXPLICITLY
            ? "the set denies it explicitly; an Allow would not change that"
            : "the set may grant it; the conditions or resources above could not be decided from the record")));
      }
    }
    List<TrailResult.Unmapped> unmappedRows = new ArrayList<>();
    unmapped.forEach((k, c) -> {
      String[] f = k.split("\n", 3);
      unmappedRows.add(new TrailResult.Unmapped(f[0], f[1], f[2], c[0]));
    });
    List<TrailResult.NotGranted> notGrantedRows = new ArrayList<>();
    notGranted.forEach((k, c) -> {
      String[] f = k.split("\n", 2);
      notGrantedRows.add(new TrailResult.NotGranted(f[0], c[0], f[1]));
    });
    UnusedReport unusedReport = UnusedReport.of(catalog, allRules(), used);
    return new TrailResult(catalog.source() + " (" + catalog.date() + ")", scope, files, records, ignored, roleCounts, from, to,
        new ArrayList<>(regions), new ArrayList<>(accounts), open, granted, elsewhere, unmappedRows, notGrantedRows,
        unusedReport.statements(), unusedReport.coverage(), overflow);
  }

  private static TrailResult.DeniedCall call(Denied row, Decision d, List<String> notes, TrailResult.Suggestion s) {
    return new TrailResult.DeniedCall(row.action, row.resource, row.count, row.first, row.last, d.outcome().words(), notes, s);
  }

  /** Every rule of every tracked role's policies, each policy once, in manifest order. */
  private List<Rule> allRules() {
    List<String> policies = new ArrayList<>();
    principals.tracked().forEach(t -> t.policies().stream().filter(p -> !policies.contains(p)).forEach(policies::add));
    List<String> ordered = set.manifest().policies().stream().map(p -> p.name()).filter(policies::contains).toList();
    List<Rule> out = new ArrayList<>();
    for (String p : ordered) {
      out.addAll(evaluators.computeIfAbsent(List.of(p), this::evaluator).rules());
    }
    return out;
  }
}
