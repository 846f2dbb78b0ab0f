namespace ReserveTui.Tests;

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reserve-test-" + Guid.NewGuid().ToString("N"));

    public string File(string name, string? content = null)
    {
        var full = System.IO.Path.Combine(Path, name);
        if (content is not null) System.IO.File.WriteAllText(full, content, new System.Text.UTF8Encoding(true));
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
