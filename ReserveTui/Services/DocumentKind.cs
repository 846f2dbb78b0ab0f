namespace ReserveTui.Services;

/// <summary>
/// A document the program renders: its id (a CLI contract), its Chinese name, what it is drawn from, and whether it is
/// a table (then it is also written as .xlsx).
/// </summary>
internal sealed record DocumentKind(string Id, string Name, DocumentSubject Subject, bool Tabular = false)
{
    /// <summary>Every document, in the order of the procedure.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } =
    [
        new("scheme", "选拔方案", DocumentSubject.Scheme),
        new("publication", "选拔前公告", DocumentSubject.Campaign),
        new("ballot", "民主推荐票", DocumentSubject.Campaign),
        new("tally", "民主推荐结果统计表", DocumentSubject.Campaign, Tabular: true),
        new("nominees", "推荐人选名单", DocumentSubject.Campaign, Tabular: true),
        new("registration", "应聘人员登记表", DocumentSubject.Campaign),
        new("ranking", "成绩排名表", DocumentSubject.Campaign, Tabular: true),
        new("notice", "考察公示", DocumentSubject.Campaign),
        new("decision", "后备干部正式人选名单", DocumentSubject.Campaign, Tabular: true),
        new("roster", "后备干部名册", DocumentSubject.Pool, Tabular: true),
        new("structure", "结构分析表", DocumentSubject.Pool, Tabular: true),
        new("dossier", "后备干部档案", DocumentSubject.Reserve),
    ];

    public static DocumentKind? Find(string id) => All.FirstOrDefault(k => k.Id == id);
}
