using System.Text;
using ReserveSdk;
using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services.Campaigns;
using ReserveTui.Services.Pool;

namespace ReserveTui.Services;

/// <summary>
/// Documents from templates: finds the template (operator, plugin, bundled), builds the document's model from the
/// scheme, the campaign or the pool, renders it strictly, lays it out in the format asked for, and writes the file
/// whole or not at all (a temporary file renamed into place). The database is opened only when a document needs it
/// (<paramref name="store"/> is called then), so the scheme document renders without one.
/// </summary>
internal sealed class DocumentService(SchemeCatalog catalog, TemplateLibrary library, Func<CampaignStore>? store, TimeProvider clock)
{
    private readonly TimeProvider _clock = clock;

    /// <summary>The document ids (a CLI contract), in the order of the procedure.</summary>
    public static IReadOnlyList<string> Documents { get; } = DocumentKind.All.Select(k => k.Id).ToList();

    /// <summary>The documents drawn from a campaign (they need <c>--campaign</c>).</summary>
    public static IReadOnlyList<string> CampaignDocuments { get; } = DocumentKind.All.Where(k => k.Subject == DocumentSubject.Campaign).Select(k => k.Id).ToList();

    public static IReadOnlyList<string> Formats => DocumentFormats.All;

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    public IReadOnlyList<TemplateSource> Templates(string? schemeId) =>
        library.List(schemeId is null ? null : catalog.Get(schemeId).Folder);

    /// <summary>The <c>scheme</c> document (选拔方案) of one scheme.</summary>
    public RenderedDocument Scheme(string schemeId, string format) => Render(new DocumentRequest("scheme", format) { Scheme = schemeId });

    /// <summary>A campaign's document (tally, notice …).</summary>
    public RenderedDocument Campaign(string document, string campaignId, string format) => Render(new DocumentRequest(document, format) { Campaign = campaignId });

    public RenderedDocument Render(DocumentRequest request)
    {
        var kind = DocumentKind.Find(request.Document)
            ?? throw new ReserveException(ErrorCode.Usage, $"文档“{OperatorInput.Echo(request.Document)}”暂不支持（可用：{string.Join("、", Documents)}）");
        DocumentFormats.Check(request.Format);
        var (model, pluginFolder) = kind.Subject switch
        {
            DocumentSubject.Scheme => SchemeModel(request),
            DocumentSubject.Campaign => CampaignModel(kind, request),
            DocumentSubject.Pool => PoolModel(kind, request),
            _ => DossierModel(request),
        };
        var source = library.Find(kind.Id, DocumentFormats.TemplateFormat(request.Format), pluginFolder)
            ?? throw new ReserveException(ErrorCode.NotFound, $"找不到文档 {kind.Id} 的模板（templates/{kind.Id}.{DocumentFormats.TemplateFormat(request.Format)}.sbn）");
        var full = new Dictionary<string, object?>(model) { ["issued_on"] = Dates.Chinese(Today) };
        var rendered = DocumentRenderer.Render(source, source.Format == "md" ? (IReadOnlyDictionary<string, object?>)MarkdownSafe(full)! : full);
        var bytes = DocumentFormats.Produce(rendered, request.Format, kind.Name, out var text);
        // A document produced for paper (not the terminal's preview) is part of the record: which, of what, in what format.
        // A read-only file cannot take the entry; the document is still given (docs/reliability.md).
        if (request.Format != "txt" && kind.Subject != DocumentSubject.Scheme && store is not null && !Store().Database.IsReadOnly)
            // In a transaction: the record's next number is read and written under the lock, never twice by two processes.
            Store().Database.Transaction(() =>
            {
                Store().Note("document.render", Subject(kind, request), new { document = kind.Id, format = request.Format, template = source.Origin });
                return 0;
            });
        return new RenderedDocument(kind.Id, request.Format, source, bytes) { Text = text };
    }

    private (IReadOnlyDictionary<string, object?>, string?) SchemeModel(DocumentRequest r)
    {
        var scheme = catalog.Get(r.Scheme ?? throw new ReserveException(ErrorCode.Usage, "scheme 文档须给出 --scheme 方案 id"));
        return (SchemeDocumentModel.Build(scheme.Definition), scheme.Folder);
    }

    private (IReadOnlyDictionary<string, object?>, string?) CampaignModel(DocumentKind kind, DocumentRequest r)
    {
        var s = Store();
        var id = r.Campaign ?? throw new ReserveException(ErrorCode.Usage, $"{kind.Id} 文档须给出 --campaign 批次 id");
        var c = new CampaignService(s).Show(id);
        var scheme = catalog.Get(c.SchemeId).Definition;
        var zone = _clock.LocalTimeZone;
        var model = kind.Id switch
        {
            "publication" => Publication(s, c, scheme),
            "ballot" => CampaignFormsModel.Ballot(c, scheme),
            "tally" => CampaignDocumentModel.Tally(c, new BallotService(s).Tally(id)),
            "nominees" => CampaignDocumentModel.Nominees(c),
            "registration" => scheme.RegistrationDocuments.Count == 0
                ? throw new ReserveException(ErrorCode.Usage, $"方案“{scheme.Manifest.Name}”没有报名登记环节，没有应聘人员登记表")
                : CampaignFormsModel.Registration(c, scheme, Person),
            "ranking" => CampaignFormsModel.Ranking(c, scheme, new ScoreService(s).Ranking(id)),
            "decision" => CampaignDocumentModel.Decision(c, scheme, zone),
            _ => CampaignDocumentModel.Notice(c, scheme, Person, zone),
        };
        return (model, catalog.Find(c.SchemeId)?.Folder);

        Person? Person(string personId) => s.VisiblePerson(personId)?.Person;
    }

    private static IReadOnlyDictionary<string, object?> Publication(CampaignStore s, CampaignView c, SchemeDefinition scheme)
    {
        var units = s.Units.All();
        var scope = UnitTree.NamesBelow(units, c.Unit);
        var kinds = units.ToDictionary(u => u.Name, u => u.Kind, StringComparer.Ordinal);
        var people = s.People.InUnits(scope).Where(p => s.Access.Sees(p.Person.Unit)).Select(p => p.Person).ToList();
        return CampaignFormsModel.Publication(c, scheme, people, unit => unit is not null && kinds.TryGetValue(unit, out var k) ? k : null);
    }

    private (IReadOnlyDictionary<string, object?>, string?) PoolModel(DocumentKind kind, DocumentRequest r)
    {
        var pool = new PoolService(Store());
        // The filter is printed as the document's heading: it is read like any typed line.
        string? Typed(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : OperatorInput.Line(text, field, Import.TextSafety.NameLimit);
        var filter = new PoolFilter(Typed(r.Scheme, "方案"), Typed(r.Unit, "单位"), Typed(r.Track, "后备类别"), Typed(r.Status, "状态"));
        if (kind.Id == "roster") return (PoolDocumentModel.Roster(pool.List(filter), filter, Today), r.Scheme is null ? null : catalog.Find(r.Scheme)?.Folder);
        var schemeId = r.Scheme ?? throw new ReserveException(ErrorCode.Usage, "structure 文档须给出 --scheme 方案 id（数量与结构要求因方案而异）");
        return (PoolDocumentModel.Structure(catalog.Get(schemeId).Definition, pool.Gaps(schemeId, r.Unit, Today)), catalog.Find(schemeId)?.Folder);
    }

    private (IReadOnlyDictionary<string, object?>, string?) DossierModel(DocumentRequest r)
    {
        var file = new PoolService(Store()).Show(r.Reserve ?? throw new ReserveException(ErrorCode.Usage, "dossier 文档须给出 --reserve 后备干部 id"));
        var scheme = catalog.Find(file.Reserve.SchemeId);
        return (PoolDocumentModel.Dossier(file, scheme?.Definition), scheme?.Folder);
    }

    /// <summary>
    /// The model for a Markdown template: a "|" in a stored name or note would split a table cell (and so the
    /// .docx and .xlsx columns), so it becomes the full-width "｜"; a line break becomes a space for the same reason.
    /// </summary>
    private static object? MarkdownSafe(object? value) => value switch
    {
        string s => s.Replace('|', '｜').Replace("\r", "").Replace('\n', ' '),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => MarkdownSafe(kv.Value)),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(MarkdownSafe).ToList(),
        _ => value,
    };

    private static string Subject(DocumentKind kind, DocumentRequest r) => kind.Subject switch
    {
        DocumentSubject.Campaign => CampaignStore.Subject(r.Campaign!),
        DocumentSubject.Reserve => PoolService.Subject(r.Reserve!),
        _ => "pool",
    };

    private CampaignStore Store() => store?.Invoke() ?? throw new ReserveException(ErrorCode.Usage, "没有打开数据库，不能生成批次或人才库文档");

    /// <summary>The formats a document is saved in for people: .docx to print, .md to read and compare, .xlsx for a table.</summary>
    public static IReadOnlyList<string> PaperFormats(DocumentKind kind) => kind.Tabular ? ["docx", "md", "xlsx"] : ["docx", "md"];

    /// <summary>
    /// Saves a document in its paper formats as <c>folder/name.format</c>: every format rendered first, then written,
    /// so a template error leaves no file of any format behind. Returns the files written.
    /// </summary>
    public IReadOnlyList<string> SaveForPaper(DocumentRequest request, string folder, string name)
    {
        var kind = DocumentKind.Find(request.Document)
            ?? throw new ReserveException(ErrorCode.Usage, $"文档“{OperatorInput.Echo(request.Document)}”暂不支持（可用：{string.Join("、", Documents)}）");
        var files = PaperFormats(kind).Select(f => (Path: Path.Combine(folder, $"{name}.{f}"), Render(request with { Format = f }).Content)).ToList();
        Directory.CreateDirectory(folder);
        foreach (var (path, content) in files) Write(path, content);
        return files.Select(f => f.Path).ToList();
    }

    /// <summary>Writes text whole or not at all (UTF-8 without a byte-order mark).</summary>
    public static void Write(string path, string text) => Write(path, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes the bytes whole or not at all: a temporary file beside the target, then renamed over it.</summary>
    public static void Write(string path, byte[] content)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ReserveException(ErrorCode.Usage, $"输出路径是一个文件夹，请给出文件名：{full}");
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new ReserveException(ErrorCode.NotFound, $"输出文件夹不存在：{folder}");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Usage, $"不能写入 {full}：{ex.Message}；未生成文件");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
