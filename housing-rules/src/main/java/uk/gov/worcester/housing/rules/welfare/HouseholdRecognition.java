package uk.gov.worcester.housing.rules.welfare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.worcester.housing.core.welfare.ClientReference;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasEntry;
import uk.gov.worcester.housing.core.welfare.DwasRecord;

/**
 * Recognises the same household across applications by identifiers only, never by names or
 * addresses: two applications are from the same household when they share the council's household
 * reference or any client reference, directly or through a chain of applications (A shares a
 * client with B, B shares its household reference with C: all three are one household). A move of
 * home keeps the references; a partner leaving or joining keeps the others'.
 */
public final class HouseholdRecognition {
  private HouseholdRecognition() {}

  private static List<String> keys(DwasApplication a) {
    List<String> keys = new ArrayList<>(a.clients().size() + 1);
    keys.add("H:" + a.householdId().value());
    for (ClientReference c : a.clients()) {
      keys.add("C:" + c.value());
    }
    return keys;
  }

  /** The entries of {@code record} from the same household as {@code application}, in record order. */
  public static List<DwasEntry> sameHousehold(DwasRecord record, DwasApplication application) {
    List<DwasEntry> entries = record.entries();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String k : keys(entries.get(i).application())) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(i);
      }
    }
    Set<String> seen = new HashSet<>();
    boolean[] included = new boolean[entries.size()];
    Deque<String> queue = new ArrayDeque<>(keys(application));
    while (!queue.isEmpty()) {
      String k = queue.pop();
      if (!seen.add(k)) {
        continue;
      }
      for (int i : byKey.getOrDefault(k, List.of())) {
        if (!included[i]) {
          included[i] = true;
          queue.addAll(keys(entries.get(i).application()));
        }
      }
    }
    List<DwasEntry> found = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (included[i]) {
        found.add(entries.get(i));
      }
    }
    return found;
  }

  /**
   * The households of a list of applications: element {@code i} is the number of the household of
   * application {@code i}, numbered from 0 in order of first appearance.
   */
  public static int[] households(List<DwasApplication> applications) {
    int[] parent = new int[applications.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      for (String k : keys(applications.get(i))) {
        Integer j = firstWithKey.putIfAbsent(k, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    int[] number = new int[parent.length];
    Map<Integer, Integer> numbers = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      number[i] = numbers.computeIfAbsent(find(parent, i), r -> numbers.size());
    }
    return number;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
