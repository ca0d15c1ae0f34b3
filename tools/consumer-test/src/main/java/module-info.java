/**
 * The consumer test as a named module: on the module path the SDK's jars are named modules too, and
 * the rubric providers are found through service binding (psirt-rubric {@code uses} them).
 */
module com.example.psirtconsumer {
    requires org.psirtmaturity.rubric;
    requires org.psirtmaturity.json;
    requires org.psirtmaturity.report;
    requires org.psirtmaturity.cyclonedx;
    requires org.psirtmaturity.cisoassistant;
}
