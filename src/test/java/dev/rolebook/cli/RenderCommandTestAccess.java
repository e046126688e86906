package dev.rolebook.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages make a scratch copy of this project. */
public final class RenderCommandTestAccess {
  private RenderCommandTestAccess() {}

  public static Path copyProject(Path to) throws IOException {
    return RenderCommandTest.copyProject(to);
  }
}
