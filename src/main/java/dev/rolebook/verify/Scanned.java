package dev.rolebook.verify;

import dev.rolebook.report.Diagnostic;
import java.util.List;

/**
 * What one external file holds: the policy blocks to compare, and the blocks that say they show a
 * policy but cannot be compared (their DRIFT001 findings). Both count as blocks found.
 */
record Scanned(List<Block> blocks, List<Diagnostic> broken) {
  Scanned {
    blocks = List.copyOf(blocks);
    broken = List.copyOf(broken);
  }

  int count() {
    return blocks.size() + broken.size();
  }
}
