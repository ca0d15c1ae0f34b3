package org.psirtmaturity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.psirtmaturity.model.first.FirstCatalog;
import org.psirtmaturity.model.first.FirstId;
import org.psirtmaturity.model.first.FrameworkNumbering;
import org.psirtmaturity.model.first.MaturityProfile;
import org.psirtmaturity.model.structure.SoftwareIsacSheet;

/**
 * Every collection reachable from a {@link Rubric} through its public API is unmodifiable: callers
 * share one rubric between threads and cannot change it under each other. The test walks the object
 * graph through every public no-argument method (and the lookups that take an id), and tries every
 * kind of change on each collection, map, iterator and list iterator it meets.
 */
class UnmodifiableRubricTest {

    private final Map<Object, Boolean> visited = new IdentityHashMap<>();
    private final Set<Object> seen = new java.util.HashSet<>();
    private final List<String> collections = new ArrayList<>();

    @Test
    void everyCollectionReachableFromARubric_isUnmodifiable() throws Exception {
        Rubric rubric = Rubric.assemble(SoftwareIsacSheet.structure(), Locale.JAPANESE, RubricAssemblyTest.placeholderTexts());
        walk(rubric, "rubric");
        FirstId draft = FirstId.parse("3.3.3", FrameworkNumbering.V1_0_DRAFT);
        walk(rubric.levelsCiting(draft), "rubric.levelsCiting(3.3.3)");
        walk(rubric.levelsCitingWithin(FirstId.parse("2", FrameworkNumbering.V1_0_DRAFT)), "rubric.levelsCitingWithin(2)");
        walk(rubric.levelsCiting(FirstId.parse("9.9", FrameworkNumbering.V1_0_DRAFT)), "rubric.levelsCiting(9.9)");
        walk(rubric.framework(FrameworkId.parse("2.1")), "rubric.framework(2.1)");
        walk(rubric.area(1), "rubric.area(1)");
        walk(FirstCatalog.correspondence(draft), "FirstCatalog.correspondence(3.3.3)");
        walk(MaturityProfile.firstLevel1(), "MaturityProfile.firstLevel1()");
        // Lists of rubric levels, areas, frameworks, notes, citations, FIRST ids, text keys, requirements …
        assertThat(collections).hasSizeGreaterThan(100);
    }

    private void walk(Object value, String path) throws IllegalAccessException, InvocationTargetException {
        if (value == null || visited.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (!(value instanceof Collection<?> || value instanceof Map<?, ?>) && !seen.add(value)) {
            return; // an equal value (records are compared by content, e.g. FirstId.service() of a service) was walked
        }
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                walk(o.get(), path + ".get()");
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            collections.add(path);
            assertUnmodifiable(c, path);
            int i = 0;
            for (Object element : c) {
                walk(element, path + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            collections.add(path);
            assertUnmodifiable(m, path);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), path + ".key(" + e.getKey() + ")");
                walk(e.getValue(), path + "[" + e.getKey() + "]");
            }
            return;
        }
        if (!value.getClass().getPackageName().startsWith("org.psirtmaturity.model")) {
            return; // String, Locale, BigDecimal, Period …: immutable values
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && !m.getDeclaringClass().isEnum() && m.getDeclaringClass().getPackageName().startsWith("org.psirtmaturity.model")
                    && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
                walk(m.invoke(value), path + "." + m.getName() + "()");
            }
        }
        if (value instanceof Enum<?>) {
            for (Method m : value.getClass().getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == value.getClass()) {
                    walk(m.invoke(value), path + "." + m.getName() + "()");
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertUnmodifiable(Collection c, String path) {
        Object any = c.isEmpty() ? null : c.iterator().next();
        assertThatThrownBy(() -> c.add(any)).as(path + ".add").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.addAll(List.of(new Object()))).as(path + ".addAll").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(c::clear).as(path + ".clear").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.removeIf(x -> true)).as(path + ".removeIf").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.retainAll(List.of())).as(path + ".retainAll").isInstanceOf(UnsupportedOperationException.class);
        if (!c.isEmpty()) {
            assertThatThrownBy(() -> c.remove(any)).as(path + ".remove").isInstanceOf(UnsupportedOperationException.class);
            Iterator<?> it = c.iterator();
            it.next();
            assertThatThrownBy(it::remove).as(path + ".iterator().remove").isInstanceOf(UnsupportedOperationException.class);
        }
        if (c instanceof List l) {
            assertThatThrownBy(() -> l.add(0, any)).as(path + ".add(0, x)").isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> l.sort(null)).as(path + ".sort").isInstanceOf(UnsupportedOperationException.class);
            if (!l.isEmpty()) {
                assertThatThrownBy(() -> l.set(0, any)).as(path + ".set").isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> l.replaceAll(x -> x)).as(path + ".replaceAll").isInstanceOf(UnsupportedOperationException.class);
                ListIterator<Object> li = l.listIterator();
                li.next();
                assertThatThrownBy(() -> li.set(any)).as(path + ".listIterator().set").isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> l.subList(0, 1).clear()).as(path + ".subList().clear").isInstanceOf(UnsupportedOperationException.class);
            }
        }
        if (c instanceof Set s && !s.isEmpty()) {
            assertThatThrownBy(() -> s.removeAll(List.of(any))).as(path + ".removeAll").isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertUnmodifiable(Map m, String path) {
        Object key = m.isEmpty() ? "key" : m.keySet().iterator().next();
        Object value = m.isEmpty() ? null : m.get(key);
        assertThatThrownBy(() -> m.put(key, value)).as(path + ".put").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.putAll(Map.of(key, "x"))).as(path + ".putAll").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).as(path + ".clear").isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.computeIfAbsent("absent key", k -> "x")).as(path + ".computeIfAbsent")
                .isInstanceOf(UnsupportedOperationException.class);
        if (!m.isEmpty()) {
            assertThatThrownBy(() -> m.remove(key)).as(path + ".remove").isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> m.replaceAll((k, v) -> v)).as(path + ".replaceAll").isInstanceOf(UnsupportedOperationException.class);
            assertUnmodifiable(m.keySet(), path + ".keySet()");
            assertUnmodifiable(m.values(), path + ".values()");
            Map.Entry<Object, Object> e = (Map.Entry<Object, Object>) m.entrySet().iterator().next();
            assertThatThrownBy(() -> e.setValue(value)).as(path + ".entry.setValue").isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
