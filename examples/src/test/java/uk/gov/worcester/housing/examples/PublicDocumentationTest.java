package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type, and every constant of every public enum (the enums are the JSON contract's
 * codes), has a Javadoc comment. The Javadoc tool's own check ({@code -Xdoclint:missing}) cannot
 * be limited to types and constants (it asks for every method's {@code @param} and
 * {@code @return} too), so this test reads the sources with the JDK's compiler API instead.
 */
class PublicDocumentationTest {
  static final List<String> MODULES =
      List.of("housing-core", "housing-rules", "housing-json", "housing-testkit", "examples", "housing-benchmarks");

  /** What the scan found: the public types and enum constants, and those without a comment. */
  static final class Findings {
    int types;
    int constants;
    final List<String> undocumented = new ArrayList<>();
  }

  @Test
  void everyPublicTypeAndEveryEnumConstantHasJavadoc() throws IOException {
    Findings findings = scan(sources());
    assertEquals(List.of(), findings.undocumented, "public types and enum constants without Javadoc");
    assertTrue(findings.types > 100 && findings.constants > 200,
        () -> "the scan found only " + findings.types + " types and " + findings.constants + " constants");
  }

  static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : MODULES) {
      Path dir = Path.of("..", module, "src", "main", "java");
      assertTrue(Files.isDirectory(dir), () -> dir.toAbsolutePath() + " is missing");
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).forEach(sources::add);
      }
    }
    return sources;
  }

  static Findings scan(List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Findings findings = new Findings();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
          files.getJavaFileObjectsFromPaths(sources));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(docs, unit, findings).scan(unit, null);
      }
    }
    return findings;
  }

  /** Walks one file, keeping track of whether the enclosing types are visible outside the module. */
  static final class Scanner extends TreePathScanner<Void, Void> {
    private final DocTrees docs;
    private final CompilationUnitTree unit;
    private final Findings findings;
    private final Deque<ClassTree> enclosing = new ArrayDeque<>();
    private final Deque<Boolean> visible = new ArrayDeque<>();

    Scanner(DocTrees docs, CompilationUnitTree unit, Findings findings) {
      this.docs = docs;
      this.unit = unit;
      this.findings = findings;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      ClassTree outer = enclosing.peek();
      boolean inInterface = outer != null
          && (outer.getKind() == Tree.Kind.INTERFACE || outer.getKind() == Tree.Kind.ANNOTATION_TYPE);
      boolean isPublic = !node.getSimpleName().isEmpty() && (visible.isEmpty() || visible.peek())
          && (node.getModifiers().getFlags().contains(Modifier.PUBLIC) || inInterface);
      if (isPublic) {
        findings.types++;
        check(node, node.getSimpleName().toString());
      }
      enclosing.push(node);
      visible.push(isPublic);
      try {
        return super.visitClass(node, unused);
      } finally {
        enclosing.pop();
        visible.pop();
      }
    }

    @Override
    public Void visitVariable(VariableTree node, Void unused) {
      ClassTree owner = enclosing.peek();
      if (owner != null && owner.getKind() == Tree.Kind.ENUM && Boolean.TRUE.equals(visible.peek())
          && isConstantOf(node, owner)) {
        findings.constants++;
        check(node, owner.getSimpleName() + "." + node.getName());
      }
      return super.visitVariable(node, unused);
    }

    /** An enum constant is parsed as a field of the enum's type initialised with {@code new Enum(...)}. */
    private static boolean isConstantOf(VariableTree node, ClassTree owner) {
      return node.getInitializer() instanceof NewClassTree created
          && created.getIdentifier() instanceof IdentifierTree type
          && type.getName().contentEquals(owner.getSimpleName());
    }

    private void check(Tree node, String name) {
      if (docs.getDocCommentTree(getCurrentPath()) == null) {
        long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, node));
        findings.undocumented.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " " + name);
      }
    }
  }
}
