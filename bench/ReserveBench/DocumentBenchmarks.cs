using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReserveTui.Documents;
using ReserveTui.Services;
using ReserveTui.Services.Pool;
using Scriban;

namespace ReserveBench;

/// <summary>
/// Documents at the size of a county's whole pool: the 后备干部名册 (roster) of 10,000 reserves rendered through our
/// strict renderer against raw Scriban on the same template and data (target ≥ 0.7× raw's throughput), and the
/// whole path to .docx (target ≤ 1 s) and .xlsx (≤ 2 s).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class DocumentBenchmarks
{
    private IReadOnlyDictionary<string, object?> _model = null!;
    private TemplateSource _template = null!;
    private string _text = "";
    private string _markdown = "";

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var units = new[] { "城关街道", "东城街道", "县教育局", "县卫健局", "县交通运输局" };
        var rows = Enumerable.Range(1, Rows).Select(i => new ReserveRow(
            $"r{i:D6}", $"p{i:D6}", $"后备{i}", units[i % units.Length], "county", "县科级后备方案", "deputy-section", "副科级后备",
            new DateOnly(2026, 7, 8), new DateOnly(2027, 7, 8), new DateOnly(2029, 7, 8), "在库", "in-pool", "c1", $"n{i}")).ToList();
        _model = new Dictionary<string, object?>(PoolDocumentModel.Roster(rows, new PoolFilter("county"), new DateOnly(2026, 12, 3))) { ["issued_on"] = "2026年12月3日" };
        _template = new TemplateLibrary(Path.Combine(Path.GetTempPath(), "no-operator-templates"), TemplateLibrary.Bundled).Find("roster", "md", null)
            ?? throw new InvalidOperationException("the bundled roster template is missing");
        _text = File.ReadAllText(_template.Path);
        _markdown = DocumentRenderer.Render(_template, _model);
    }

    /// <summary>Our renderer: strict variables and members, loop limits, the model converted to script objects.</summary>
    [Benchmark]
    public int RenderStrict() => DocumentRenderer.Render(_template, _model).Length;

    /// <summary>Raw Scriban, the same template text and the same dictionaries, default (lenient) settings.</summary>
    [Benchmark(Baseline = true)]
    public int RenderRawScriban()
    {
        var template = Template.Parse(_text);
        var context = new TemplateContext { LoopLimit = 0 };
        var globals = new Scriban.Runtime.ScriptObject();
        foreach (var (k, v) in _model) globals[k] = v;
        context.PushGlobal(globals);
        return template.Render(context).Length;
    }

    [Benchmark]
    public int RosterToDocx() => DocumentFormats.Produce(DocumentRenderer.Render(_template, _model), "docx", "后备干部名册", out _).Length;

    [Benchmark]
    public int RosterToXlsx() => DocumentFormats.Produce(DocumentRenderer.Render(_template, _model), "xlsx", "后备干部名册", out _).Length;

    /// <summary>Only reading the rendered Markdown into blocks (Markdig's parse, pipe tables included).</summary>
    [Benchmark]
    public int ReadMarkdownOnly() => ReserveTui.Documents.Layout.MarkdownReader.Read(_markdown, "后备干部名册").Blocks.Count;

    /// <summary>Only the layout and the writing of the .docx, the rendered Markdown given.</summary>
    [Benchmark]
    public int LayoutDocxOnly() => DocumentFormats.Produce(_markdown, "docx", "后备干部名册", out _).Length;
}
