using ReserveSdk;
using ReserveTui.Plugins;
using ReserveTui.Storage;
using ReserveTui.Workflow;

namespace ReserveTui.Services.Campaigns;

/// <summary>A stored campaign with its scheme and workflow engines, loaded together.</summary>
internal sealed record CampaignRef(CampaignDocument Doc, SchemeDefinition Scheme, WorkflowEngine CampaignFlow, WorkflowEngine NomineeFlow, UnitDocument? Unit);
