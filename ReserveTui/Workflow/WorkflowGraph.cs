using System.Text;
using ReserveSdk;

namespace ReserveTui.Workflow;

/// <summary>Draws a workflow definition as Mermaid or Graphviz DOT, with Chinese labels and each guard's reason on its edge.</summary>
internal static class WorkflowGraph
{
    public static string Mermaid(WorkflowDefinition wf)
    {
        var sb = new StringBuilder();
        sb.Append("stateDiagram-v2\n");
        sb.Append($"    %% {wf.Name} ({wf.Id})\n");
        foreach (var s in wf.States) sb.Append($"    state \"{s.Name}\" as {Node(s.Id)}\n");
        sb.Append($"    [*] --> {Node(wf.Initial)}\n");
        foreach (var a in wf.Actions)
            sb.Append($"    {Node(a.From)} --> {Node(a.To)} : {Label(a, "<br/>")}\n");
        foreach (var s in wf.States.Where(s => s.IsFinal)) sb.Append($"    {Node(s.Id)} --> [*]\n");
        return sb.ToString();
    }

    public static string Dot(WorkflowDefinition wf)
    {
        var sb = new StringBuilder();
        sb.Append($"digraph \"{wf.Id}\" {{\n");
        sb.Append($"    label=\"{Escape(wf.Name)}\";\n    rankdir=LR;\n    node [shape=box, style=rounded];\n");
        foreach (var s in wf.States)
        {
            var shape = s.IsFinal ? ", peripheries=2" : s.Id == wf.Initial ? ", style=\"rounded,bold\"" : "";
            sb.Append($"    \"{s.Id}\" [label=\"{Escape(s.Name)}\"{shape}];\n");
        }

        foreach (var a in wf.Actions)
            sb.Append($"    \"{a.From}\" -> \"{a.To}\" [label=\"{Escape(Label(a, "\n"))}\"];\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Label(WorkflowAction a, string lineBreak) =>
        a.Guards.Count == 0 ? a.Name : a.Name + lineBreak + string.Join(lineBreak, a.Guards.Select(g => "[" + g.Description + "]"));

    // Mermaid state ids may not contain '-'.
    private static string Node(string id) => id.Replace('-', '_').Replace('.', '_');

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");
}
