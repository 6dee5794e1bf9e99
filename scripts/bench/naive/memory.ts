// The last accepted stage and the rejection-note flag of each lead, one document property per lead, read and written one by one.

type Properties = GoogleAppsScript.Properties.Properties;

/*
 * What a naive script keeps: "naive.stage.<Lead ID>" and "naive.noted.<Lead ID>", fetched with getProperty when a lead is
 * first looked up in an execution and saved with setProperty per change. (At ~30 bytes a lead this store would pass
 * the 500 KB per store of https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * around 15,000 leads; the bench never stores that many.)
 */
const STAGE_PREFIX = 'naive.stage.';
const NOTED_PREFIX = 'naive.noted.';

export class LeadMemory {
  private readonly stages = new Map<string, string | undefined>();

  constructor(private readonly props: Properties) {}

  get(leadId: string): string | undefined {
    if (!this.stages.has(leadId)) this.stages.set(leadId, this.props.getProperty(STAGE_PREFIX + leadId) ?? undefined);
    return this.stages.get(leadId);
  }

  /** The lookup-only map the core rules take (they never iterate it). */
  view(): ReadonlyMap<string, string> {
    return { get: (id: string) => this.get(id), has: (id: string) => this.get(id) !== undefined } as ReadonlyMap<string, string>;
  }

  set(leadId: string, stage: string): void {
    this.props.setProperty(STAGE_PREFIX + leadId, stage);
    this.stages.set(leadId, stage);
  }

  hasNote(leadId: string): boolean {
    return this.props.getProperty(NOTED_PREFIX + leadId) !== null;
  }

  setNoted(leadId: string, noted: boolean): void {
    if (noted) this.props.setProperty(NOTED_PREFIX + leadId, '1');
    else this.props.deleteProperty(NOTED_PREFIX + leadId);
  }
}
