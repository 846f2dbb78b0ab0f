using LiteDB;

namespace ReserveTui.Storage;

/// <summary>One recommendation ballot (推荐票): the voter's category and the nominations chosen.</summary>
internal sealed class BallotDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string CampaignId { get; set; } = "";
    public string Category { get; set; } = "";
    public List<string> Choices { get; set; } = [];
}
