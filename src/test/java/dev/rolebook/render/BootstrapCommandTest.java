package dev.rolebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BootstrapCommandTest {
  @Test
  void valuesAreFilledInAndAQualifierOtherThanCdksIsPassed() {
    String text = BootstrapCommand.text(SharedRenderer.fixture().manifest(),
        Map.of("account", "123456789012", "region", "us-gov-west-1", "partition", "aws-us-gov", "qualifier", "abc"));
    assertEquals("""
        cdk bootstrap 'aws://123456789012/us-gov-west-1' \\
          --qualifier 'abc' \\
          --cloudformation-execution-policies 'arn:aws-us-gov:iam::123456789012:policy/IaCRole-ABCA-Infrastructure' \\
          --cloudformation-execution-policies 'arn:aws-us-gov:iam::123456789012:policy/IaCRole-ABCA-Application' \\
          --cloudformation-execution-policies 'arn:aws-us-gov:iam::123456789012:policy/IaCRole-ABCA-Observability'""", text);
  }
}
