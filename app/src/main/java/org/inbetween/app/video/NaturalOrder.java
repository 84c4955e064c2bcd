package org.inbetween.app.video;

import java.util.Comparator;

/**
 * Orders file names as people number frames: runs of digits compare by value, so {@code frame2}
 * comes before {@code frame10}; other text compares case-insensitively. Names equal under those
 * rules fall back to plain string order, so the order is total and stable.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder INSTANCE = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      int order =
          Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))
              ? compareNumbers(a.substring(i, endA), b.substring(j, endB))
              : a.substring(i, endA).compareToIgnoreCase(b.substring(j, endB));
      if (order != 0) {
        return order;
      }
      i = endA;
      j = endB;
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  /** The end of the run of digits, or of non-digits, that starts at {@code start}. */
  private static int runEnd(String s, int start) {
    boolean digits = Character.isDigit(s.charAt(start));
    int end = start;
    while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) {
      end++;
    }
    return end;
  }

  /** Compares digit strings of any length by value, without overflow. */
  private static int compareNumbers(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    int byLength = Integer.compare(x.length(), y.length());
    return byLength != 0 ? byLength : x.compareTo(y);
  }
}
