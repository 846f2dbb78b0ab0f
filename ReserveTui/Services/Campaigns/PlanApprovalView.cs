namespace ReserveTui.Services.Campaigns;

/// <summary>方案审核 as shown: who approved the plan, on which day, under which document number, recorded by whom.</summary>
internal sealed record PlanApprovalView(string Approver, string Document, DateOnly On, string By, DateTime At);
