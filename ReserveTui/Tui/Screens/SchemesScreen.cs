using System.Collections.ObjectModel;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Tui.Widgets;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ReserveTui.Tui.Screens;

/// <summary>方案: the loaded schemes on the left; the chosen one's tracks, rules (kind, description, citation) on the right.</summary>
internal sealed class SchemesScreen : IScreen
{
    private readonly SchemeCatalog _catalog;

    // The list as it was drawn: a reload replaces the catalog's schemes, and an index into the live list could then
    // name another scheme than the line the operator chose.
    private readonly IReadOnlyList<LoadedScheme> _schemes;
    private readonly IReadOnlyList<PluginFailure> _failures;
    private readonly UiText _text;
    private readonly DocumentService? _documents;
    private readonly string _documentsFolder;
    private readonly ListView _list;
    private readonly TextPane _details;
    private readonly Label _message;

    // The document on show (scheme id and its rendered text), to save as it was previewed.
    private (string Scheme, string Text)? _document;

    public SchemesScreen(TuiServices services)
    {
        _catalog = services.Catalog;
        _schemes = _catalog.Schemes;
        _failures = _catalog.Failures;
        _text = services.Text;
        _documents = services.Documents;
        _documentsFolder = services.DocumentsFolder;
        Title = services.Text.Schemes;
        Keys = new KeyTable(
        [
            new(Terminal.Gui.Input.Key.F6, _text.KeyDocument, ShowDocument) { Applies = () => _documents is not null && SelectedScheme() is not null },
            new(Terminal.Gui.Input.Key.F7, _text.KeySaveDocument, SaveDocument)
            {
                Applies = () => _documents is not null && SelectedScheme() is not null, Unavailable = () => _document is null ? _text.NoDocumentShown : null,
            },
        ]);
        HelpText = Keys.Help(services.Text.SchemesKeys);
        var items = new ObservableCollection<string>(_schemes.Select(s => s.Definition.Manifest.ShortName));
        if (_failures.Count > 0) items.Add($"⚠ {services.Text.FailedPlugins} ({_failures.Count})");
        if (items.Count == 0) items.Add(services.Text.NoSchemes);
        _list = new ListView { X = 0, Y = 0, Width = 22, Height = Dim.Fill(), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single, Title = services.Text.Schemes };
        _list.SetSource(items);
        ListEdges.Contain(_list);
        _details = new TextPane { X = Pos.Right(_list), Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), BorderStyle = Terminal.Gui.Drawing.LineStyle.Single };
        _message = new Label { X = Pos.Right(_list), Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1 };
        _list.ValueChanged += (_, _) => ShowSelected();
        View = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        View.Add(_list, _details, _message);
        _list.SelectedItem = 0;
        ShowSelected();
    }

    public string Title { get; }

    public View View { get; }

    public string HelpText { get; }

    public bool IsTyping => false;

    public void Activate() => _list.SetFocus();

    public KeyTable Keys { get; }

    /// <summary>The last result or refusal (tests read it).</summary>
    public string Message => _message.Text;

    /// <summary>The text in the right pane (the rules, or the document preview).</summary>
    public string Details => _details.Text;

    public bool HandleKey(Terminal.Gui.Input.Key key) => Keys.Handle(key, why => _message.Text = why);

    public bool Back()
    {
        if (_document is not null)
        {
            ShowSelected();
            _list.SetFocus();
            return true;
        }

        if (!_details.HasFocus) return false;
        _list.SetFocus();
        return true;
    }

    private LoadedScheme? SelectedScheme() => (_list.SelectedItem ?? 0) is var i && i < _schemes.Count ? _schemes[i] : null;

    /// <summary>F6: the scheme document (选拔方案) as the templates render it, to read before saving or printing.</summary>
    private void ShowDocument()
    {
        var scheme = SelectedScheme()!;
        try
        {
            var text = _documents!.Scheme(scheme.Id, "txt").Text!;
            _document = (scheme.Id, text);
            _details.Title = _text.DocumentTitle(scheme.Definition.Manifest.Name);
            _details.Text = text;
            _details.SetFocus();
            _message.Text = "";
        }
        catch (Hosting.ReserveException ex)
        {
            _message.Text = ex.Message; // a broken override template: its position, and the rules stay on screen
        }
    }

    /// <summary>F7: the previewed document, saved whole as .docx (GB/T 9704, to print) and .md (to read and compare) under the data folder's documents/.</summary>
    private void SaveDocument()
    {
        var (schemeId, _) = _document!.Value;
        try
        {
            var scheme = _catalog.Get(schemeId).Definition.Manifest;
            var kind = DocumentKind.Find("scheme")!;
            var files = _documents!.SaveForPaper(new DocumentRequest(kind.Id) { Scheme = schemeId }, _documentsFolder, $"{kind.Name}-{scheme.Id}-v{scheme.Version}");
            _details.Text = _document.Value.Text.TrimEnd() + "\n\n" + _text.SavedFiles(files);
            _message.Text = _text.DocumentSaved(DocumentService.PaperFormats(kind));
        }
        catch (Exception ex) when (ex is Hosting.ReserveException or IOException or UnauthorizedAccessException)
        {
            _message.Text = ex.Message;
        }
    }

    private void ShowSelected()
    {
        _document = null;
        var index = _list.SelectedItem ?? 0;
        var text = new StringWriter();
        if (index < _schemes.Count)
        {
            var scheme = _schemes[index].Definition;
            _details.Title = scheme.Manifest.Name;
            SchemeDocument.WriteText(scheme, text);
        }
        else
        {
            _details.Title = "";
            foreach (var f in _failures) text.WriteLine($"{f.Path}\n  {f.Reason}\n");
        }

        _details.Text = text.ToString();
    }
}
