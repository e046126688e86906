package dev.rolebook.cli;

/** Bad command-line use: printed with a pointer to --help, exit code 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
