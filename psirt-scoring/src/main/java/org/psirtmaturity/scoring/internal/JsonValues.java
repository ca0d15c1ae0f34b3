package org.psirtmaturity.scoring.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deep copies of JSON-like values into unmodifiable structures, in one canonical representation.
 *
 * <p>Accepted values and what they become:
 * <ul>
 *   <li>{@code null}, {@link String}, {@link Boolean}: kept;</li>
 *   <li>integers ({@link Long}, {@link Integer}, {@link Short}, {@link Byte}, {@link BigInteger}, and
 *       a {@link BigDecimal} with scale 0): a {@link Long} if the value fits, else a {@link BigInteger};</li>
 *   <li>other {@link BigDecimal}s: kept; finite {@link Double}s and {@link Float}s: the
 *       {@link BigDecimal} of their shortest decimal form;</li>
 *   <li>a {@link List}: an unmodifiable list of copied elements (nulls allowed);</li>
 *   <li>a {@link Map} with {@link String} keys: an unmodifiable map of copied values that keeps the
 *       iteration order (nulls allowed as values).</li>
 * </ul>
 * These are exactly the values a JSON document can hold, so a copied value survives a round trip
 * through JSON unchanged. This class is internal: its package is not exported.
 */
public final class JsonValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonValues() {
    }

    /**
     * Copies a JSON object.
     *
     * @param map  the object; keys must be non-null strings
     * @param what what the map is, for error messages, e.g. {@code "extensions"}
     * @return an unmodifiable, insertion-ordered deep copy
     * @throws NullPointerException     if {@code map} or a key is null
     * @throws IllegalArgumentException if a value is not JSON-like
     */
    public static Map<String, Object> copyObject(Map<String, ?> map, String what) {
        Objects.requireNonNull(map, what);
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), () -> what + ": a key is null");
            copy.put(key, copy(e.getValue(), what + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Copies one JSON-like value.
     *
     * @param value the value, possibly null
     * @param where where the value is, for error messages
     * @return the canonical, unmodifiable copy
     * @throws IllegalArgumentException if the value (or something inside it) is not JSON-like
     */
    public static Object copy(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger b) {
            return integer(b);
        }
        if (value instanceof BigDecimal d) {
            return d.scale() == 0 ? integer(d.unscaledValue()) : d;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(where + ": " + d + " is not a JSON number");
            }
            return copy(new BigDecimal(value.toString()), where);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copy(list.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException(where + ": object keys must be strings, got " + e.getKey());
                }
                copy.put(key, copy(e.getValue(), where + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException(where + ": a " + value.getClass().getName()
                + " is not a JSON value; expected a String, Boolean, number (Long, BigInteger, BigDecimal), List, Map or null");
    }

    private static Object integer(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0 ? (Object) b.longValueExact() : b;
    }
}
