/*
 * Opens a GraphML file with Gephi's own importer (the Gephi toolkit) and prints, as one line of
 * JSON on stdout, what Gephi made of it. A single-file program; nothing is compiled with Maven:
 *
 *   mvn -q -f tools/gephi/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/tools/gephi/cp.txt"
 *   java -Djava.awt.headless=true -cp "$(cat tools/gephi/cp.txt)" tools/gephi/GephiImport.java FILE.graphml [NODE_ID]
 *
 * Output: {"nodes", "edges", "nodeColumns": [{"id", "title"}], "edgeColumns": [...],
 *   "nodeLabel": getLabel() of NODE_ID (null when absent or not given),
 *   "edgeLabels": distinct edge labels (the GraphML edge `label` key), sorted,
 *   "edgeTypes": distinct Gephi edge types, sorted,
 *   "issues": {"INFO", "WARNING", "SEVERE", "CRITICAL"} counts, "severe": SEVERE or CRITICAL messages}
 *
 * The source is kept ASCII so the launcher reads it the same under any locale.
 */

import java.io.File;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.graph.api.Table;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GephiImport FILE.graphml [NODE_ID]");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    // stdout carries only our JSON line (UTF-8 whatever the locale); anything Gephi prints goes to stderr.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);

    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace workspace = pc.getCurrentWorkspace();

    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.err.println("Gephi could not import " + args[0]);
      System.exit(1);
    }
    // The issues are read before processing: process() cleans the container's report.
    Map<Issue.Level, Integer> levels = new EnumMap<>(Issue.Level.class);
    for (Issue.Level level : Issue.Level.values()) levels.put(level, 0);
    List<String> severe = new ArrayList<>();
    for (Issue issue : container.getReport().getIssuesList(Integer.MAX_VALUE)) {
      levels.merge(issue.getLevel(), 1, Integer::sum);
      if (issue.getLevel() == Issue.Level.SEVERE || issue.getLevel() == Issue.Level.CRITICAL) {
        severe.add(issue.getLevel() + ": " + issue.getMessage());
      }
    }

    importer.process(container, new DefaultProcessor(), workspace);

    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();
    TreeSet<String> edgeLabels = new TreeSet<>();
    for (Edge e : graph.getEdges()) {
      if (e.getLabel() != null) edgeLabels.add(e.getLabel());
    }
    TreeSet<String> edgeTypes = new TreeSet<>();
    for (Object t : model.getEdgeTypeLabels()) {
      if (t != null) edgeTypes.add(t.toString());
    }
    String nodeLabel = null;
    if (args.length > 1) {
      Node n = graph.getNode(args[1]);
      if (n != null) nodeLabel = n.getLabel();
    }

    StringBuilder json = new StringBuilder("{");
    json.append("\"nodes\":").append(graph.getNodeCount());
    json.append(",\"edges\":").append(graph.getEdgeCount());
    json.append(",\"nodeColumns\":").append(columns(model.getNodeTable()));
    json.append(",\"edgeColumns\":").append(columns(model.getEdgeTable()));
    json.append(",\"nodeLabel\":").append(str(nodeLabel));
    json.append(",\"edgeLabels\":").append(strings(edgeLabels));
    json.append(",\"edgeTypes\":").append(strings(edgeTypes));
    json.append(",\"issues\":{");
    boolean first = true;
    for (Map.Entry<Issue.Level, Integer> entry : levels.entrySet()) {
      if (!first) json.append(',');
      first = false;
      json.append(str(entry.getKey().name())).append(':').append(entry.getValue());
    }
    json.append("},\"severe\":").append(strings(severe));
    json.append('}');
    out.println(json);
    out.flush();
    // Gephi leaves non-daemon threads behind.
    System.exit(0);
  }

  private static String columns(Table table) {
    StringBuilder sb = new StringBuilder("[");
    for (Column c : table) {
      if (sb.length() > 1) sb.append(',');
      sb.append("{\"id\":").append(str(c.getId())).append(",\"title\":").append(str(c.getTitle())).append('}');
    }
    return sb.append(']').toString();
  }

  private static String strings(Iterable<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (String v : values) {
      if (sb.length() > 1) sb.append(',');
      sb.append(str(v));
    }
    return sb.append(']').toString();
  }

  private static String str(String s) {
    if (s == null) return "null";
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
      else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
