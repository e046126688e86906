package dev.rolebook.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS partitions and the Region codes in each (AWS General Reference, "Regional endpoints", and the
 * partition list in the AWS SDKs' endpoint data). The partition set is closed: an ARN with any other
 * partition can match nothing. Regions are added every year, so an unknown but well-formed Region
 * is only a warning.
 */
final class Partitions {
  static final List<String> NAMES =
      List.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc");

  static final Map<String, List<String>> REGIONS = Map.of(
      "aws", List.of(
          "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
          "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
          "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1",
          "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
          "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
          "us-west-1", "us-west-2"),
      "aws-cn", List.of("cn-north-1", "cn-northwest-1"),
      "aws-us-gov", List.of("us-gov-east-1", "us-gov-west-1"),
      "aws-iso", List.of("us-iso-east-1", "us-iso-west-1"),
      "aws-iso-b", List.of("us-isob-east-1", "us-isob-west-1"),
      "aws-iso-e", List.of("eu-isoe-west-1"),
      "aws-iso-f", List.of("us-isof-east-1", "us-isof-south-1"),
      "aws-eusc", List.of("eusc-de-east-1"));

  /** Every Region code: an area of two to four letters, one or more words, a number. */
  static final Pattern REGION_SHAPE = Pattern.compile("[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}");

  private Partitions() {}

  static List<String> allRegions() {
    return REGIONS.values().stream().flatMap(List::stream).sorted().toList();
  }

  static Optional<String> partitionOf(String region) {
    return REGIONS.entrySet().stream().filter(e -> e.getValue().contains(region)).map(Map.Entry::getKey).findFirst();
  }

  /** True when the IAM wildcard pattern {@code field} can match one of {@code known}. */
  static boolean anyMatch(String field, List<String> known) {
    return known.stream().anyMatch(k -> Wildcards.matchesIgnoreCase(field, k));
  }
}
