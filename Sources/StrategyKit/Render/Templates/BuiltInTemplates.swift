// Generated from templates/ by BuiltInTemplatesTests; do not edit.
// Re-generate with STRATEGY_RECORD_GOLDEN=1 swift test --filter BuiltInTemplatesTests.

/// The shipped templates, compiled in so the binary works outside the repository.
enum BuiltInTemplates {
    /// File contents by path inside `templates/`.
    static let files: [String: String] = [
        "en/act.md": ##"""
**APPROVED**\
{{approver}}\
{{label:paperwork.blank.signature}}\
{{label:paperwork.blank.date}}

# Act of services rendered No. {{act.number}}

{{act.draft}}

under the contract for consulting services {{contract.reference}}

{{place}}, {{act.date}}

{{client.name}}, hereinafter “the Client”, represented by {{customer.position}} {{customer.signatory}}, acting under {{customer.basis}}, on behalf of the {{coalition.name}}, on the one hand, and {{consultant.name}}, {{consultant.identification}}, tax number (INN) {{consultant.inn}}, address: {{consultant.address}}, hereinafter “the Contractor”, on the other hand, have drawn up this act as follows.

**1.** {{act.formula}}

{{act.services}}

**2.** The products of this stage and their acceptance:

{{act.products}}

**3.** The price of the services under this act ({{act.tranche}}) is **{{act.amount}}** ({{act.amount.words}}).

{{act.assumption}}

**4.** {{act.tax}}

**5.** {{act.conclusion}}

**6.** This act is made {{act.copies}} of equal legal force, one for each party.

{{act.signatures}}

Agreed (operational matters): {{contact.role}} {{contact.name}} {{label:paperwork.blank.signature}}

"""##,
        "en/labels.json": ##"""
{
  "language.name": "English",
  "language.tag": "en-US",
  "number.group": ",",
  "number.decimal": ".",
  "number.copies.1": "one",
  "number.copies.2": "two",
  "number.copies.3": "three",
  "number.copies.4": "four",
  "months.genitive": "January February March April May June July August September October November December",
  "months.short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
  "date.day": "{d} {month} {year}",
  "date.month": "{month} {year}",
  "date.quarter": "Q{n} {year}",
  "range.separator": " – ",
  "list.separator": "; ",
  "none": "—",
  "total": "Total",
  "member.mandate": "Mandate",
  "member.specifics": "What it brings",
  "member.role": "Role in the strategy",
  "member.coordinator": "Coalition coordinator",
  "workarea.number": "Work area",
  "goal.workarea": "Work area",
  "goal.objectives": "Objectives",
  "goal.indicators": "Indicators",
  "audience.priority.primary": "Primary audience",
  "audience.priority.secondary": "Secondary audience",
  "audience.priority": "Priority",
  "audience.change": "What we want to change",
  "audience.messages": "Key messages",
  "channel.column.name": "Channel / tool",
  "channel.column.kind": "Type",
  "channel.column.description": "How it is used",
  "channel.column.frequency": "Frequency",
  "channel.kind.institutional": "institutional",
  "channel.kind.publication": "publications",
  "channel.kind.legislative": "law-making",
  "channel.kind.event": "events",
  "channel.kind.network": "networks and partnerships",
  "channel.kind.media": "media",
  "channel.kind.capacity": "capacity building",
  "channel.kind.digital": "digital",
  "theme.problem": "Problem",
  "theme.position": "The Coalition's position",
  "theme.ask": "What we propose",
  "theme.targets": "Addressed to",
  "theme.allies": "Allies",
  "theme.actions": "Actions",
  "action.column.id": "No.",
  "action.column.action": "Action",
  "action.column.objective": "Objective",
  "action.column.themes": "Themes",
  "action.column.audiences": "Audiences",
  "action.column.channels": "Channels",
  "action.column.lead": "Lead / partners",
  "action.column.period": "Timing",
  "action.column.indicators": "Indicators",
  "budget.byYear": "Budget by year",
  "budget.byMember": "Budget by Coalition member",
  "budget.column.year": "Year",
  "budget.column.member": "Coalition member",
  "budget.column.amount": "Amount, {currency}",
  "budget.column.share": "Share",
  "budget.rates": "Converted into {currency} at:",
  "budget.rate": "1 {currency} = {rate} {home} (rate of {date}, {source})",
  "indicator.column.name": "Indicator",
  "indicator.column.unit": "Unit",
  "indicator.column.baseline": "Baseline",
  "indicator.column.targets": "Targets",
  "indicator.column.source": "Source",
  "indicator.column.verification": "Means of verification",
  "indicator.column.portal": "Portal data: value and status",
  "indicator.source.manual": "Coalition records",
  "indicator.source.portal": "Portal: {metric}",
  "risk.column.risk": "Risk",
  "risk.column.likelihood": "Likelihood",
  "risk.column.impact": "Impact",
  "risk.column.mitigation": "Mitigation",
  "risk.column.owner": "Owner",
  "level.low": "low",
  "level.medium": "medium",
  "level.high": "high",
  "contract.period": "Period of services",
  "contract.total": "Contract total",
  "contract.days": "Days of service",
  "contract.approver": "Approves the final acts",
  "contract.contact": "Operational matters",
  "contract.tasks": "Tasks and duration",
  "contract.deliverables": "Expected products",
  "contract.tranches": "Payment schedule",
  "contract.total.assumed": "The contract total of {total} is an assumption: the Terms of Reference do not state it; the tranches are computed from it.",
  "contract.total.assumed.short": "(assumption: the ToR states no amount)",
  "task.column.number": "No.",
  "task.column.title": "Service",
  "task.column.days": "Days",
  "task.column.period": "Period",
  "deliverable.column.number": "No.",
  "deliverable.column.title": "Product",
  "deliverable.column.due": "Due",
  "deliverable.column.tranche": "Tranche",
  "tranche.column.name": "Tranche",
  "tranche.column.share": "Share",
  "tranche.column.amount": "Amount",
  "tranche.column.deliverables": "Condition (products)",
  "tranche.remainder": "remainder of the total",
  "title.period": "Period",
  "title.version": "Version",
  "title.date": "Date of the document",
  "title.funder": "Supported by",
  "coverage.none": "none",
  "coverage.unthemed": "Supporting actions without an advocacy theme",
  "annex.summary": "Actions led: {led}. Partner in: {partnered}. Own costs in the estimate: {total} {currency}.",
  "annex.leads": "Leads",
  "annex.partners": "Partner in",
  "annex.by-year": "Costs by year",
  "annex.lead": "Lead",
  "contents": "Contents",
  "budget.column.area": "Work area",
  "budget.column.channel": "Channel",
  "budget.column.source": "Funding source",
  "budget.column.action": "Action",
  "budget.title.year": "Budget by year",
  "budget.title.member": "Budget by Coalition member",
  "budget.title.area": "Budget by work area",
  "budget.title.channel": "Budget by channel",
  "budget.title.source": "Budget by funding source",
  "budget.title.action": "Budget by action",
  "budget.channel-note": "The costs of an action that uses several channels are shared equally among them.",
  "budget.rounding-note": "Amounts are rounded to the cent so that the rows add up exactly to the total (largest-remainder method).",
  "budget.column.currency": "Currency",
  "budget.byYearAndMember": "Budget by year and Coalition member",
  "action.column.cost": "Cost, {currency}",
  "timeline.title.strategy": "Action plan {period}",
  "timeline.title.contract": "Detailed schedule: {title}",
  "timeline.desc.strategy": "Gantt chart of the action plan by quarter, {period}; actions: {count}.",
  "timeline.desc.contract": "Gantt chart of the consultancy by day, {period}: tasks: {tasks}, products: {deliverables}, payment tranches: {tranches}.",
  "timeline.days": "days: {days}",
  "timeline.share": "{share}%",
  "timeline.consultant": "Consultant",
  "timeline.group.none": "No advocacy theme",
  "timeline.column.label": "Action",
  "timeline.column.lead": "Lead",
  "timeline.legend.action": "Action",
  "timeline.legend.task": "Task (days of effort)",
  "timeline.legend.deliverable": "Product due",
  "timeline.legend.tranche": "Tranche payable",
  "timeline.legend.today": "Today",
  "timeline.legend.weekend": "Weekend",
  "timeline.today": "Today: {date}",
  "timeline.ics.start": "Services begin: {title}",
  "timeline.ics.end": "Services end: {title}",
  "timeline.ics.deliverable": "{id} due: {title}",
  "timeline.ics.tranche": "Tranche “{name}” ({share}) payable once accepted: {deliverables}",
  "timeline.column.contract": "Task / product / tranche",
  "timeline.quarters": "quarters",
  "calendar.lead": "Lead",
  "calendar.caption": "Calendar plan of the actions by quarter, 2023–2026; the lead member is shown beside each action.",
  "calendar.intro": "The quarters in which each action runs.",
  "date.short": "{d} {month}",
  "date.compact": "{d} {month} {yyyy}",
  "status.title": "Contract status on {date}",
  "status.summary": "Services {period}; total {total} {currency}; {days} days",
  "status.products": "Products",
  "status.due": "due {date}",
  "status.state.planned": "not submitted",
  "status.state.submitted": "submitted {date}, not accepted",
  "status.state.resubmitted": "submitted again {date}, not accepted",
  "status.state.returned": "returned {date} for revision: {reason}",
  "status.state.accepted": "accepted {date}",
  "status.tranches": "Tranches",
  "status.tranche": "Tranche {n} ({share} %, {amount} {currency})",
  "status.tranche.paid": "{tranche} was paid on {date}: {amount} {currency}.",
  "status.tranche.paid.reason": "Reason for the amount: {reason}.",
  "status.tranche.payable": "{tranche} is payable: {products} accepted.",
  "status.tranche.blocked": "{tranche} is blocked by: {blockers}",
  "status.days": "Days worked: {worked} of {planned}",
  "status.task.days": "{worked} of {planned}",
  "status.task.over": "({days} over the contract)",
  "status.overdue": "Overdue on {date}",
  "status.overdue.none": "Nothing is overdue on {date}.",
  "status.overdue.product": "{product} — due {date}, {state}",
  "status.overdue.task": "{task} — its period ended {date}; {worked} of {planned} days logged",
  "paperwork.schedule": "Detailed schedule of services",
  "paperwork.programme": "Programme and list of participants of the planning session",
  "paperwork.report": "Operational report",
  "paperwork.act": "Act of services rendered",
  "schedule.column.dates": "Dates",
  "schedule.column.products": "Products",
  "schedule.column.tasks": "Tasks",
  "schedule.column.amount": "Amount, {currency}",
  "schedule.column.item": "Task / product / tranche",
  "schedule.column.act": "Act and report",
  "schedule.column.payment": "Expected payment",
  "schedule.mark.task": "■",
  "schedule.mark.product": "◆",
  "schedule.mark.tranche": "◇",
  "schedule.gantt.caption": "The consultancy by day: tasks (bars), products due (diamonds) and tranches payable.",
  "schedule.gantt.intro": "The weeks, Monday to Sunday (the first and last cut to the contract’s dates), in which each task runs (■), each product is due (◆) and each tranche becomes payable (◇).",
  "schedule.act": "act No. {number} and report — {date}",
  "schedule.payment": "once act No. {number} is signed, not before {date}",
  "session.consultant": "Consultant",
  "session.none": "The workspace has no planning session (session.json).",
  "session.column.time": "Time",
  "session.column.topic": "Topic",
  "session.column.format": "Format",
  "session.column.leads": "Led by",
  "session.column.number": "No.",
  "session.column.organisation": "Organisation",
  "session.column.position": "Position",
  "session.column.role": "Role in the session",
  "session.column.count": "Persons",
  "session.column.output": "Expected output",
  "report.entry": "{date}: {note} ({days} d.)",
  "report.nothing-logged": "No days logged yet.",
  "report.column.planned": "Days (ToR)",
  "report.column.worked": "Days worked",
  "report.column.submitted": "Submitted",
  "report.column.returned": "Returned for revision",
  "report.column.accepted": "Accepted",
  "report.returned": "{date}: {reason}",
  "report.not-accepted": "not accepted",
  "report.comments.none": "No comments of the Coalition members had been recorded by {date}.",
  "report.comments.later": "The Coalition members’ comments on the draft Strategy belong to the next stage and are reported in the final report.",
  "report.column.version": "Version",
  "report.column.member": "Member",
  "report.column.received": "Received",
  "report.paid": "paid {date}: {amount} {currency}",
  "report.payable": "payable: all products accepted",
  "report.waits": "waits for {products}",
  "report.column.state": "State",
  "report.outcome.accepted": "Accepted",
  "report.outcome.partly": "Partly",
  "report.outcome.rejected": "Rejected",
  "report.outcome.noted": "Noted",
  "report.outcome.open": "Open",
  "report.not-submitted": "not submitted",
  "report.title.interim": "Interim operational report",
  "report.title.final": "Final operational report",
  "report.task": "Task {number}. {title} (days in the ToR: {days}; worked: {worked})",
  "report.days.contract": "The whole contract as of {date}: {worked} of {days} days worked.",
  "report.attachment.act": "Act of services rendered No. {number}",
  "report.reviewed": "Reviewed:",
  "act.tranche": "{name} tranche, {share} %",
  "act.complete": "The services have been rendered in full and on time. The Client has no claims as to their scope, quality or timing.",
  "act.contractor": "Contractor:",
  "act.client": "Client:",
  "act.signature.hint": "(signature, full name)",
  "act.signature.hint.stamp": "(signature, full name)   Seal",
  "act.contract": "No. {number} of {date}",
  "act.formula": "The Contractor has rendered, and the Client has accepted, the following services under the Terms of Reference ({tranche}):",
  "act.formula.draft": "The Contractor presents the following services under the Terms of Reference for acceptance ({tranche}):",
  "act.conclusion.draft": "The services are accepted once every product of this stage is accepted and both parties have signed this act.",
  "act.draft": "DRAFT of {date}: not to be signed before these products are accepted: {products}.",
  "act.copies.count": "in {n} ({words}) copies",
  "act.copies.figures": "in {n} copies",
  "act.tax.unknown": "Taxation: {blank}.",
  "act.tax.gross": "The price is stated before tax withholding.",
  "act.tax.withheld": "The Client, as tax agent, withholds {name} ({rate} %): {amount}.",
  "act.tax.net": "Payable to the Contractor: {amount}.",
  "act.tax.net-basis": "The price is what the Contractor receives; any tax due is paid by the Client on top of it.",
  "act.vat.exempt": "Not subject to VAT.",
  "act.vat.included": "VAT included ({rate} %): {amount}.",
  "act.vat.unknown": "VAT: {blank}.",
  "act.address": "Address:",
  "act.inn": "INN",
  "act.signatory": "{position} {name}",
  "act.bank": "Bank: {bank}; account: {account}; BIC: {bic}",
  "act.column.customer": "Client",
  "act.column.consultant": "Contractor",
  "paperwork.blank": "______________________",
  "paperwork.blank.signature": "______________________ / ______________________ /",
  "paperwork.blank.signature.short": "______________ / ______________ /",
  "paperwork.blank.date": "“___” ______________ 20___",
  "paperwork.fill": "{blank} ({what})",
  "paperwork.fill.contract.number": "contract number",
  "paperwork.fill.contract.date": "contract date",
  "paperwork.fill.signatory": "full name",
  "paperwork.fill.inn": "14 digits",
  "paperwork.fill.consultant.name": "Contractor’s full name or company name",
  "paperwork.fill.identification": "passport or state registration certificate",
  "paperwork.fill.address": "address",
  "paperwork.fill.bank": "bank",
  "paperwork.fill.account": "account",
  "paperwork.fill.bic": "BIC",
  "paperwork.fill.amount.words": "amount in words",
  "paperwork.fill.tax": "gross or net; taxes withheld",
  "paperwork.fill.vat": "subject to VAT or not",
  "paperwork.fill.vat.rate": "rate",
  "paperwork.fill.vat.amount": "amount",
  "changes.annex.title": "Annex 4. Changes since version {version}",
  "changes.title.workspace": "Changes since version {old}",
  "changes.title.versions": "Changes from version {old} to version {new}",
  "changes.compared": "Compared: {old} and {new}.",
  "changes.side.version": "version {name} of {date} ({note})",
  "changes.side.workspace": "the workspace as it is now",
  "changes.side.edition": "this edition ({version}, {date})",
  "changes.none": "No changes.",
  "changes.column.what": "What",
  "changes.column.added": "Added",
  "changes.column.removed": "Removed",
  "changes.column.changed": "Changed",
  "changes.added": "added",
  "changes.removed": "removed",
  "changes.changed": "changed",
  "changes.other-languages": "Also changed in {languages}: {fields}.",
  "changes.prose.title": "Text of the sections",
  "changes.images.title": "Pictures",
  "changes.prose.paragraphs": "Paragraphs of the text ({language})",
  "changes.prose.section": "{title} ({file})",
  "changes.prose.other-languages": "The text in {languages} also changed in: {sections}.",
  "changes.paragraph": "¶ {n}",
  "changes.paragraph.was": "Was:",
  "changes.paragraph.now": "Now:",
  "changes.paragraph.added": "added",
  "changes.paragraph.removed": "removed",
  "changes.paragraph.changed": "changed",
  "changes.kind.strategy": "The strategy as a whole",
  "changes.kind.member": "Coalition members",
  "changes.kind.work-area": "Work areas",
  "changes.kind.goal": "Goals",
  "changes.kind.objective": "Objectives",
  "changes.kind.audience": "Target audiences",
  "changes.kind.channel": "Channels and tools",
  "changes.kind.theme": "Advocacy themes",
  "changes.kind.action": "Actions",
  "changes.kind.cost-line": "Cost lines",
  "changes.kind.funding-source": "Funding sources",
  "changes.kind.exchange-rate": "Exchange rates",
  "changes.kind.indicator": "Indicators",
  "changes.kind.portal-metric": "Portal metrics",
  "changes.kind.risk": "Risks",
  "changes.kind.contract": "The consultancy contract",
  "changes.kind.contract-task": "Consultancy tasks",
  "changes.kind.deliverable": "Deliverables",
  "changes.kind.tranche": "Tranches",
  "changes.field.action": "Action",
  "changes.field.after": "Follows",
  "changes.field.allies": "Allies",
  "changes.field.approver": "Approver",
  "changes.field.ask": "Ask",
  "changes.field.audiences": "Audiences",
  "changes.field.baseline": "Baseline",
  "changes.field.changeSought": "What we want to change",
  "changes.field.channels": "Channels",
  "changes.field.clause": "Clause of the ToR",
  "changes.field.client": "Client",
  "changes.field.coalition": "Coalition",
  "changes.field.contactName": "Contact",
  "changes.field.contactRole": "Contact's role",
  "changes.field.coordinator": "Coordinator",
  "changes.field.currency": "Currency",
  "changes.field.date": "Date",
  "changes.field.days": "Days",
  "changes.field.description": "Description",
  "changes.field.due": "Due",
  "changes.field.end": "End",
  "changes.field.frequency": "Frequency",
  "changes.field.funder": "Funder",
  "changes.field.goal": "Goal",
  "changes.field.impact": "Impact",
  "changes.field.indicators": "Indicators",
  "changes.field.item": "Item",
  "changes.field.keyMessages": "Key messages",
  "changes.field.kind": "Type",
  "changes.field.languages": "Languages",
  "changes.field.lead": "Lead",
  "changes.field.likelihood": "Likelihood",
  "changes.field.mandate": "Mandate",
  "changes.field.member": "Member",
  "changes.field.mitigation": "Mitigation",
  "changes.field.name": "Name",
  "changes.field.number": "Number",
  "changes.field.objective": "Objective",
  "changes.field.owner": "Owner",
  "changes.field.partners": "Partners",
  "changes.field.periodLabel": "Period",
  "changes.field.position": "Position",
  "changes.field.priority": "Priority",
  "changes.field.problem": "Problem",
  "changes.field.quantity": "Quantity",
  "changes.field.rate": "Rate",
  "changes.field.remainderTranche": "Remainder tranche",
  "changes.field.role": "Role",
  "changes.field.share": "Share, %",
  "changes.field.shortName": "Short name",
  "changes.field.source": "Source",
  "changes.field.specifics": "What it brings",
  "changes.field.start": "Start",
  "changes.field.status": "Status",
  "changes.field.subtitle": "Subtitle",
  "changes.field.targets": "Targets",
  "changes.field.tasks": "Tasks",
  "changes.field.themes": "Themes",
  "changes.field.title": "Title",
  "changes.field.total": "Total",
  "changes.field.tranche": "Tranche",
  "changes.field.unit": "Unit",
  "changes.field.unitCost": "Unit cost",
  "changes.field.verification": "Means of verification",
  "changes.field.version": "Version",
  "changes.field.workArea": "Work area",
  "changes.field.year": "Year",
  "comments.document": "The document as a whole",
  "comments.column.version": "Version",
  "comments.column.member": "Member",
  "comments.column.target": "Section or entity",
  "comments.column.title": "Title",
  "comments.column.paragraph": "Paragraph",
  "comments.column.type": "Type of comment",
  "comments.column.comment": "Comment",
  "comments.column.proposal": "Proposed wording",
  "comments.type.general": "general",
  "comments.type.substantive": "substantive",
  "comments.type.editorial": "editorial",
  "comments.status.open": "open",
  "comments.status.accepted": "accepted",
  "comments.status.partly": "partly accepted",
  "comments.status.rejected": "rejected",
  "comments.status.noted": "noted",
  "comments.matrix.title": "Comments on version {version} and their disposition",
  "comments.matrix.subtitle": "Version {version} of {date}: {note}",
  "comments.matrix.statistics": "Comments by member",
  "comments.matrix.received": "Received",
  "comments.matrix.count.accepted": "Accepted",
  "comments.matrix.count.partly": "Partly",
  "comments.matrix.count.rejected": "Rejected",
  "comments.matrix.count.noted": "Noted",
  "comments.matrix.count.open": "Open",
  "comments.matrix.id": "No.",
  "comments.matrix.section": "Section",
  "comments.matrix.decision": "Decision",
  "comments.matrix.date": "Date of decision",
  "comments.matrix.response": "Response",
  "comments.matrix.landed": "Changed in",
  "comments.matrix.tracked": "{version}, tracked changes in {target} of the redline from {since}",
  "comments.column.quote": "Quoted text",
  "comments.matrix.removed": "removed in {version}",
  "comments.matrix.whole-section": "the section as a whole",
  "comments.matrix.paragraph": "paragraph {paragraph}",
  "comments.matrix.changed": "replaces: {decision}, {date}",
  "comments.matrix.other-language": "({language}) {response}",
  "comments.matrix.none": "No comments have been received on this version.",
  "comments.form.sheet.comments": "Comments",
  "comments.form.sheet.targets": "Sections and entities",
  "comments.form.sheet.help": "How to fill in",
  "comments.form.error.type": "Choose a type of comment from the list",
  "comments.form.error.target": "Choose a section or entity from the list on the sheet 'Sections and entities'",
  "comments.form.help.title": "How to fill in the comment form",
  "comments.form.help.1": "The form for {member} on version {version} of the strategy (the version's checksum is {hash}).",
  "comments.form.help.2": "On the sheet 'Comments' each row is a section or entity of the strategy, in document order. The grey columns are pre-filled: leave them as they are.",
  "comments.form.help.3": "Write your comment in the column 'Comment' of the row it concerns and choose its type from the list: general, substantive or editorial.",
  "comments.form.help.4": "In the column 'Paragraph' you may name a paragraph, table or figure (3, 2–4, table 5); in 'Proposed wording', the new text.",
  "comments.form.help.5": "For another comment on the same place, copy the row, or add a row at the bottom and choose the section or entity from the list.",
  "comments.form.help.6": "Rows without a comment are skipped. Save the file as an Excel workbook (.xlsx) and send it to the consultant.",
  "plan.sheet.actions": "Action plan",
  "plan.sheet.costs": "Cost estimate",
  "plan.sheet.indicators": "Indicators",
  "plan.sheet.tranches": "Tranches",
  "plan.sheet.deliverables": "Deliverables",
  "plan.column.cost-year": "Cost {year}, {currency}",
  "plan.column.partners": "Lead / partners",
  "plan.cost.column.id": "Cost line",
  "plan.cost.column.action": "Action",
  "plan.cost.column.item": "Item",
  "plan.cost.column.unit": "Unit",
  "plan.cost.column.quantity": "Quantity",
  "plan.cost.column.unit-cost": "Unit cost",
  "plan.cost.column.currency": "Currency",
  "plan.cost.column.amount": "Amount in the line's currency",
  "plan.cost.column.year": "Year",
  "plan.cost.column.member": "Member",
  "plan.cost.column.source": "Source",
  "plan.cost.column.converted": "Amount, {currency}",
  "plan.indicator.column.id": "ID",
  "plan.indicator.column.baseline-date": "Baseline date",
  "plan.indicator.column.target": "Target",
  "plan.indicator.column.target-date": "Target date",
  "comments.review.title": "Review copy for {member}",
  "comments.review.version": "Version {version} of {date}. The comments are read back from this file: keep it as .docx.",
  "comments.review.how": "To comment, select the words and choose Review → New Comment. To propose a wording, turn on Review → Track Changes and edit the text. Begin a comment with “editorial:”, “substantive:” or “general:” to give its type. Paragraphs are numbered (¶ 4) so that they can be cited.",
  "comments.review.return": "Save the file and send it back to the consultant; the next version comes back with its changes tracked.",
  "portal.months": "January February March April May June July August September October November December",
  "portal.month": "{month} {year}",
  "portal.status.met": "met",
  "portal.status.at-risk": "at risk",
  "portal.status.missed": "missed",
  "portal.status.not-yet-due": "not yet due",
  "portal.mark.met": "✓",
  "portal.mark.at-risk": "!",
  "portal.mark.missed": "✗",
  "portal.mark.not-yet-due": "·",
  "portal.kind.monthly": "monthly minimum",
  "portal.kind.cumulative": "total by a date",
  "portal.kind.qualifying": "qualifying count",
  "portal.kind.share": "share",
  "portal.kind.periodic": "periodic output",
  "portal.kind.deadline": "output by a date",
  "portal.kind.per-event": "output per event",
  "portal.required.monthly": "at least {n} a month",
  "portal.required.monthly.audiences": "at least {n} distinct audiences a month",
  "portal.required.total": "{n} by {date}",
  "portal.required.qualifying": "{n} by {date}, each with at least {participants} participants",
  "portal.required.share": "at least {n} % by {date}",
  "portal.required.periodic": "1 every {n} months from {month}",
  "portal.required.periodic.monthly": "1 a month",
  "portal.required.deadline": "by {date}",
  "portal.required.per-event": "1 for each event of {event}, by the end of its month",
  "portal.actual.none": "no data yet",
  "portal.actual.dated": "{n} on {date}",
  "portal.actual.share": "{n} % on {date}",
  "portal.actual.months": "{n} of {of} months",
  "portal.actual.windows": "{n} of {of} periods",
  "portal.actual.delivered": "delivered {date}",
  "portal.actual.late": "delivered late, {date}",
  "portal.actual.not-delivered": "not delivered",
  "portal.actual.events": "{n} of {of}",
  "portal.actual.no-events": "no event yet",
  "portal.trend.average": "{n} a month over the last {months} months",
  "portal.trend.projection": "{rate} a month, {projected} by {date}",
  "portal.trend.projection.share": "{rate} points a month, {projected} % by {date}",
  "portal.trend.tally.months": "{n} of {of} months met",
  "portal.trend.tally.windows": "{n} of {of} periods met",
  "portal.trend.tally.events": "{n} of {of} events covered",
  "portal.item": "item {n}",
  "portal.column.clause": "Table 1",
  "portal.column.target": "Target",
  "portal.column.required": "Required",
  "portal.column.actual": "Actual",
  "portal.column.status": "Status",
  "portal.column.trend": "Trend",
  "portal.column.id": "Target id",
  "portal.column.kind": "Kind",
  "portal.column.metric": "Metric",
  "portal.report.title": "Portal targets: report for {month}",
  "portal.report.plan": "The measurable targets of the Portal’s plan (document 003, section III, table 1; items of that table), {period}, against the data imported from the Portal.",
  "portal.report.data": "Data: {rows} rows imported, the latest dated {date}; the months up to {month} are taken as complete.",
  "portal.report.no-data": "No Portal data has been imported yet (strategy portal import FILE|URL): nothing can be measured, so targets with a date are at risk once the plan has begun.",
  "portal.report.example": "EXAMPLE DATA: {count} of {rows} rows are marked as an example. These are not the Portal’s real figures; import the Portal’s own export with --replace to report on real data.",
  "portal.report.summary": "{n} targets — {counts}.",
  "portal.history.title": "Status month by month, {period}",
  "portal.rules.title": "How the status is decided",
  "portal.rules.met": "the target is reached: in the month (a monthly minimum), in the period (a periodic output), by its date (a total, a qualifying count, a share, an output by a date), or for every event so far (an output per event).",
  "portal.rules.at-risk": "not reached, its date is still ahead, and on the current trend it will be missed: the trend, continued to the due date, stays below the target; a monthly minimum is at risk in a month the data does not reach yet when its average over the last months is below the minimum.",
  "portal.rules.missed": "the month, the period or the due date has passed, the data covers it, and the target was not reached by then (a later delivery is still missed).",
  "portal.rules.not-yet-due": "not reached yet, nothing is due yet, and the trend does not fall short (or there is no data for the month yet).",
  "portal.rules.trend": "The trend of a total or a count is its change per month over the last {months} months of data (fewer at the plan’s start), continued to the due date; the trend of a share is its change per month between the earliest and the latest reading of those months; without data or change the trend is the current value.",
  "portal.rules.data": "An export is taken to cover whole months: every month up to the month of the latest row is judged as complete, later months have no data yet. A target after the plan’s end shows its verdict over the whole plan.",
  "portal.notes.title": "How the plan was read",
  "portal.targets.title": "The Portal’s plan (document 003, section III, table 1), {period}",
  "portal.audiences.title": "Key audiences of activity 1 (the audience column of an export)",
  "indicator.portal.none": "No Portal data has been imported yet.",
  "indicator.portal.no-rows": "No data for this metric has been imported yet.",
  "indicator.portal.latest": "Latest value: {value} ({date}).",
  "indicator.portal.example": "Example data, not the Portal’s real figures.",
  "indicator.portal.target": "Portal plan, {month}: {required} — {status}.",
  "dashboard.title": "Coordinator’s dashboard as of {date}",
  "dashboard.plan": "Action plan",
  "dashboard.budget": "Budget",
  "dashboard.quality": "Translations and the check",
  "dashboard.share": "Share",
  "dashboard.plan.intro": "Where the plan’s actions stand on {date}, by the dates in the plan.",
  "dashboard.plan.state": "Actions",
  "dashboard.plan.actions": "Number",
  "dashboard.plan.not-started": "Not started yet",
  "dashboard.plan.running": "Under way",
  "dashboard.plan.due": "Past their end date (due)",
  "dashboard.budget.total": "Cost estimate of the strategy: {total} {currency}; the figures match “strategy budget”.",
  "dashboard.budget.by-year": "Budget by year, {currency}",
  "dashboard.budget.by-member": "Budget by Coalition member, {currency}",
  "dashboard.quality.language": "Language",
  "dashboard.quality.texts": "Texts translated",
  "dashboard.quality.prose": "Prose sections",
  "dashboard.quality.missing": "Missing texts",
  "dashboard.quality.stale": "To review (source changed)",
  "dashboard.quality.untracked": "not tracked",
  "dashboard.quality.check": "strategy check: {errors} errors, {warnings} warnings.",
  "dashboard.consultancy": "The consultancy",
  "dashboard.state": "State",
  "dashboard.overdue": "Overdue:",
  "dashboard.comments": "Comments of the Coalition members",
  "dashboard.comments.no-version": "No version has been cut yet, so no comments have been collected (strategy version cut).",
  "dashboard.comments.unreadable": "The comment records cannot be read: {reason}",
  "dashboard.comments.version": "Version {version} of {date}: {note}.",
  "dashboard.comments.member": "Member",
  "dashboard.comments.received": "Received",
  "dashboard.comments.resolved": "Resolved",
  "dashboard.comments.open": "Open",
  "dashboard.comments.open-list": "Open comments",
  "dashboard.portal": "The best-practice Portal’s plan",
  "dashboard.portal.month": "Status for {month}.",
  "dashboard.portal.target": "Target and clause",
  "dashboard.portal.required": "Required",
  "dashboard.portal.actual": "Actual",
  "dashboard.portal.indicators": "Strategy indicators",
  "dashboard.portal.sparkline": "Month by month",
  "dashboard.portal.trend": "{target}: actual values month by month, {period}, against the target (dashed)",
  "indicator.baseline.pending": "to be established (see the means of verification)",
  "coverage.audiences.intro": "For each audience: how many actions of the Matrix reach it, through which channels and on which advocacy themes. The weak points follow the table.",
  "coverage.column.audience": "Audience",
  "coverage.column.actions": "Actions",
  "coverage.column.channels": "Channels",
  "coverage.column.themes": "Themes",
  "coverage.gaps": "Weak points",
  "coverage.gap.audience-none": "{audience}: no action of the Matrix reaches this audience.",
  "coverage.gap.audience-one": "{audience}: messages reach it through one channel only, “{channel}”.",
  "coverage.gap.channel-none": "“{channel}”: no action uses this channel.",
  "coverage.gap.channel-one": "“{channel}”: only one action uses this channel.",
  "coverage.gaps.none": "There are no weak points: messages reach every audience through at least two channels, and every channel is used by at least two actions.",
  "coverage.gaps.remedy": "The working group takes up each weak point at the annual review of the Strategy: it adds a channel or an action, or records that the narrow reach is enough.",
  "coverage.themes.intro": "For each theme: how many actions advance it and whether they reach the addressees of its ask.",
  "coverage.column.theme": "Theme",
  "coverage.column.reached": "Addressees its actions reach",
  "coverage.column.unreached": "Addressees no action of the theme reaches",
  "coverage.themes.all-reached": "The actions of every theme reach all the addressees of its ask.",
  "coverage.themes.unreached": "The addressees in the last column are named in the theme’s ask, but no action on that theme reaches them: at the annual review an action is added to the theme or the addressee is taken out of the ask.",
  "coverage.unthemed.intro": "These actions advance no single theme; they build what the themes need: channels, coordination, data and capacity.",
  "summary.title": "Executive summary",
  "abbreviations.title": "Abbreviations",
  "abbreviations.column.short": "Abbreviation",
  "abbreviations.column.full": "In full",
  "sources.title": "Sources",
  "stakeholder.title": "Stakeholders",
  "stakeholder.intro": "Who decides on the Coalition’s asks and who helps: their position, their influence on the decision, their interest in the theme, and how the Coalition works with them. Position, influence and interest are the consultant’s assessment; the working group reviews them every year.",
  "stakeholder.column.name": "Stakeholder",
  "stakeholder.column.position": "Position",
  "stakeholder.column.influence": "Influence",
  "stakeholder.column.interest": "Interest",
  "stakeholder.column.relationship": "How we work with them",
  "stakeholder.column.themes": "Themes",
  "stakeholder.column.audiences": "Audiences",
  "stakeholder.position.supportive": "supportive",
  "stakeholder.position.neutral": "neutral",
  "stakeholder.position.sceptical": "sceptical",
  "stakeholder.map.caption": "Stakeholder map: position on the Coalition’s asks (columns) and influence on the decision (rows).",
  "stakeholder.map.axes": "Across: position; down: influence on the decision.",
  "stakeholder.influence.low": "low",
  "stakeholder.influence.medium": "medium",
  "stakeholder.influence.high": "high",
  "stakeholder.interest.low": "low",
  "stakeholder.interest.medium": "medium",
  "stakeholder.interest.high": "high"
}

"""##,
        "en/programme.md": ##"""
# Programme of the planning session

**{{session.title}}**

- **Date:** {{session.date}}
- **Venue:** {{session.venue}}
- **Working language:** {{session.language}}
- **Organised by:** {{client.name}}, on behalf of the {{coalition.name}}
- **Facilitator:** the consultant

## Objectives of the session

{{session.objectives}}

## Programme

{{session.programme}}

## Pre-reading

{{session.reading}}

## List of participants

{{session.participants}}

Participants are listed by organisation and position; names are added when the members confirm who attends.

Prepared by the consultant, {{document.date}}.

"""##,
        "en/report.md": ##"""
# {{report.title}} No. {{report.number}}

**{{contract.title}}**

- **Contract:** {{contract.reference}}
- **Client:** {{client.name}}, on behalf of the {{coalition.name}}
- **Contractor:** {{consultant.name}}
- **Period of services:** {{contract.period}}
- **Report as of:** {{document.date}}
- **Submitted to:** {{contact.name}}, {{contact.role}}; for approval: {{approver}}

## 1. Work done by task of the Terms of Reference

{{report.narrative}}

## 2. Days of service

{{report.tasks}}

## 3. Products and their acceptance

{{report.products}}

## 4. Comments of the Coalition members and how they were handled

{{report.comments}}

## 5. Payments

{{report.payments}}

## 6. Attachments

{{report.attachments}}

{{report.signatures}}

"""##,
        "en/schedule.md": ##"""
# Detailed schedule of services

**{{contract.title}}**

- **Client:** {{client.name}}, on behalf of the {{coalition.name}}
- **Period of services:** {{contract.period}}
- **Days of service:** {{contract.days}}
- **Contract total:** {{contract.total}}
- **Operational matters:** {{contact.name}}, {{contact.role}}
- **Date:** {{document.date}}

## 1. Tasks, days and dates

{{schedule.tasks}}

## 2. Products and their due dates

{{schedule.products}}

## 3. Payment schedule

{{schedule.tranches}}

Consultant: {{label:paperwork.blank.signature}}

## Annex. Calendar plan

{{schedule.gantt}}

"""##,
        "en/strategy.md": ##"""
{{title-page}}

## Contents

{{toc}}

{{summary}}

{{abbreviations}}

## 1. Introduction

{{prose:introduction}}

## 2. The Coalition and its members

{{coalition.members}}

## 3. Situation analysis

{{prose:situation}}

## 4. Principles of communication and advocacy

{{prose:principles}}

## 5. Goals and objectives

{{work-areas}}

{{goals}}

## 6. Target audiences

{{audiences}}

## 7. Channels and tools

{{channels}}

## 8. The advocacy component

{{prose:approach}}

{{themes}}

{{stakeholders}}

## 9. Action matrix (plan of measures)

{{actions.matrix}}

### Calendar plan

{{timeline.plan}}

## 10. Cost estimate

{{budget.summary}}

## 11. Monitoring and evaluation

{{prose:monitoring}}

{{indicators}}

## 12. Risks and mitigation

{{risks}}

## 13. Managing implementation

{{prose:implementation}}

## Annex 1. How the actions cover audiences and themes

### Audiences: channels and themes

{{coverage.audiences-channels}}

### Advocacy themes and their addressees

{{coverage.themes-actions}}

## Annex 2. What each member contributes

{{members.annex}}

## Annex 3. Developing the strategy: the consultancy

{{contract}}

{{sources}}

{{changes.annex}}

"""##,
        "ru/act.md": ##"""
**УТВЕРЖДАЮ**\
{{approver}}\
{{label:paperwork.blank.signature}}\
{{label:paperwork.blank.date}}

# Акт № {{act.number}} оказанных услуг

{{act.draft}}

к договору на оказание консультационных услуг {{contract.reference}}

{{place}}, {{act.date}}

{{client.name}}, именуемое в дальнейшем «Заказчик», в лице {{customer.position}} {{customer.signatory}}, действующего на основании {{customer.basis}}, от имени Коалиции ({{coalition.name}}), с одной стороны, и {{consultant.name}}, {{consultant.identification}}, ИНН {{consultant.inn}}, адрес: {{consultant.address}}, именуемый в дальнейшем «Исполнитель», с другой стороны, составили настоящий акт о нижеследующем.

**1.** {{act.formula}}

{{act.services}}

**2.** Продукты этапа и их приемка:

{{act.products}}

**3.** Стоимость услуг по настоящему акту ({{act.tranche}}) составляет **{{act.amount}}** ({{act.amount.words}}).

{{act.assumption}}

**4.** {{act.tax}}

**5.** {{act.conclusion}}

**6.** Настоящий акт составлен {{act.copies}}, имеющих одинаковую юридическую силу, по одному для каждой из сторон.

{{act.signatures}}

Согласовано (операционные вопросы): {{contact.role}} {{contact.name}} {{label:paperwork.blank.signature}}

"""##,
        "ru/labels.json": ##"""
{
  "language.name": "Русский",
  "language.tag": "ru-RU",
  "number.group": " ",
  "number.decimal": ",",
  "number.copies.1": "одном",
  "number.copies.2": "двух",
  "number.copies.3": "трех",
  "number.copies.4": "четырех",
  "months.genitive": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
  "months.short": "янв. фев. мар. апр. май июн. июл. авг. сен. окт. ноя. дек.",
  "date.day": "{d} {month} {year} г.",
  "date.month": "{month} {year}",
  "date.quarter": "{n} кв. {year}",
  "range.separator": " – ",
  "list.separator": "; ",
  "none": "—",
  "total": "Итого",
  "member.mandate": "Мандат",
  "member.specifics": "Специфика",
  "member.role": "Роль в стратегии",
  "member.coordinator": "координатор Коалиции",
  "workarea.number": "Рабочая область",
  "goal.workarea": "Рабочая область",
  "goal.objectives": "Задачи",
  "goal.indicators": "Индикаторы",
  "audience.priority.primary": "Приоритетная аудитория",
  "audience.priority.secondary": "Дополнительная аудитория",
  "audience.priority": "Приоритет",
  "audience.change": "Каких изменений добиваемся",
  "audience.messages": "Ключевые сообщения",
  "channel.column.name": "Канал / инструмент",
  "channel.column.kind": "Тип",
  "channel.column.description": "Как используется",
  "channel.column.frequency": "Периодичность",
  "channel.kind.institutional": "институциональный",
  "channel.kind.publication": "публикации",
  "channel.kind.legislative": "законотворчество",
  "channel.kind.event": "мероприятия",
  "channel.kind.network": "сети и партнёрства",
  "channel.kind.media": "СМИ",
  "channel.kind.capacity": "развитие потенциала",
  "channel.kind.digital": "цифровые каналы",
  "theme.problem": "Проблема",
  "theme.position": "Позиция Коалиции",
  "theme.ask": "Что мы предлагаем",
  "theme.targets": "Адресаты",
  "theme.allies": "Союзники",
  "theme.actions": "Действия",
  "action.column.id": "№",
  "action.column.action": "Действие",
  "action.column.objective": "Задача",
  "action.column.themes": "Темы",
  "action.column.audiences": "Аудитории",
  "action.column.channels": "Каналы",
  "action.column.lead": "Ведущий / партнёры",
  "action.column.period": "Сроки",
  "action.column.indicators": "Индикаторы",
  "budget.byYear": "Бюджет по годам",
  "budget.byMember": "Бюджет по членам Коалиции",
  "budget.column.year": "Год",
  "budget.column.member": "Член Коалиции",
  "budget.column.amount": "Сумма, {currency}",
  "budget.column.share": "Доля",
  "budget.rates": "Пересчёт в {currency} по курсам:",
  "budget.rate": "1 {currency} = {rate} {home} (курс на {date}, {source})",
  "indicator.column.name": "Индикатор",
  "indicator.column.unit": "Единица",
  "indicator.column.baseline": "Базовое значение",
  "indicator.column.targets": "Целевые значения",
  "indicator.column.source": "Источник",
  "indicator.column.verification": "Средства проверки",
  "indicator.column.portal": "Данные Портала: значение и статус",
  "indicator.source.manual": "данные Коалиции",
  "indicator.source.portal": "Портал: {metric}",
  "risk.column.risk": "Риск",
  "risk.column.likelihood": "Вероятность",
  "risk.column.impact": "Влияние",
  "risk.column.mitigation": "Меры по снижению",
  "risk.column.owner": "Ответственный",
  "level.low": "низкая",
  "level.medium": "средняя",
  "level.high": "высокая",
  "contract.period": "Период оказания услуг",
  "contract.total": "Общая сумма договора",
  "contract.days": "Дней оказания услуг",
  "contract.approver": "Утверждает итоговые акты",
  "contract.contact": "Операционные вопросы",
  "contract.tasks": "Задачи и продолжительность",
  "contract.deliverables": "Ожидаемые продукты",
  "contract.tranches": "Порядок выплат",
  "contract.total.assumed": "Сумма договора {total} — допущение: Техническое задание ее не указывает; суммы траншей исчислены от нее.",
  "contract.total.assumed.short": "(допущение: в ТЗ сумма не указана)",
  "task.column.number": "№",
  "task.column.title": "Вид услуг",
  "task.column.days": "Дней",
  "task.column.period": "Период",
  "deliverable.column.number": "№",
  "deliverable.column.title": "Продукт",
  "deliverable.column.due": "Срок",
  "deliverable.column.tranche": "Транш",
  "tranche.column.name": "Транш",
  "tranche.column.share": "Доля",
  "tranche.column.amount": "Сумма",
  "tranche.column.deliverables": "Условие (продукты)",
  "tranche.remainder": "остаток до общей суммы",
  "title.period": "Период действия",
  "title.version": "Версия",
  "title.date": "Дата документа",
  "title.funder": "При поддержке",
  "coverage.none": "нет",
  "coverage.unthemed": "Обеспечивающие действия без темы адвокации",
  "annex.summary": "Ведет действий: {led}. Участвует как партнер: {partnered}. Собственные расходы по смете: {total} {currency}.",
  "annex.leads": "Ведет",
  "annex.partners": "Участвует как партнер",
  "annex.by-year": "Расходы по годам",
  "annex.lead": "Ведущий",
  "contents": "Содержание",
  "budget.column.area": "Рабочая область",
  "budget.column.channel": "Канал",
  "budget.column.source": "Источник финансирования",
  "budget.column.action": "Действие",
  "budget.title.year": "Бюджет по годам",
  "budget.title.member": "Бюджет по членам Коалиции",
  "budget.title.area": "Бюджет по рабочим областям",
  "budget.title.channel": "Бюджет по каналам",
  "budget.title.source": "Бюджет по источникам финансирования",
  "budget.title.action": "Бюджет по действиям",
  "budget.channel-note": "Расходы действия, использующего несколько каналов, делятся между ними поровну.",
  "budget.rounding-note": "Суммы округлены до тыйына так, что строки в точности дают итог (метод наибольших остатков).",
  "budget.column.currency": "Валюта",
  "budget.byYearAndMember": "Бюджет по годам и членам Коалиции",
  "action.column.cost": "Стоимость, {currency}",
  "timeline.title.strategy": "План действий на {period} гг.",
  "timeline.title.contract": "Детальный график: {title}",
  "timeline.desc.strategy": "Диаграмма Ганта плана действий по кварталам, {period} гг.; мероприятий: {count}.",
  "timeline.desc.contract": "Диаграмма Ганта консультационных услуг по дням, {period}: задач: {tasks}, продуктов: {deliverables}, траншей: {tranches}.",
  "timeline.days": "дней: {days}",
  "timeline.share": "{share} %",
  "timeline.consultant": "Консультант",
  "timeline.group.none": "Без темы адвокации",
  "timeline.column.label": "Мероприятие",
  "timeline.column.lead": "Отв.",
  "timeline.legend.action": "Мероприятие",
  "timeline.legend.task": "Задача (дни работы)",
  "timeline.legend.deliverable": "Срок сдачи продукта",
  "timeline.legend.tranche": "Транш к оплате",
  "timeline.legend.today": "Сегодня",
  "timeline.legend.weekend": "Выходные",
  "timeline.today": "Сегодня: {date}",
  "timeline.ics.start": "Начало оказания услуг: {title}",
  "timeline.ics.end": "Окончание оказания услуг: {title}",
  "timeline.ics.deliverable": "{id}, срок сдачи: {title}",
  "timeline.ics.tranche": "Транш «{name}» ({share}) к оплате после приёмки: {deliverables}",
  "timeline.column.contract": "Задача / продукт / транш",
  "timeline.quarters": "кварталы",
  "calendar.lead": "Ведущий",
  "calendar.caption": "Календарный план действий по кварталам 2023–2026 годов; ведущий член Коалиции указан справа от каждого действия.",
  "calendar.intro": "Кварталы, в которые ведется каждое действие.",
  "date.short": "{d} {month}",
  "date.compact": "{dd}.{mm}.{yyyy}",
  "status.title": "Состояние договора на {date}",
  "status.summary": "Услуги: {period}; сумма {total} {currency}; {days} дней",
  "status.products": "Продукты",
  "status.due": "срок {date}",
  "status.state.planned": "не представлен",
  "status.state.submitted": "представлен {date}, не принят",
  "status.state.resubmitted": "представлен повторно {date}, не принят",
  "status.state.returned": "возвращен {date} на доработку: {reason}",
  "status.state.accepted": "принят {date}",
  "status.tranches": "Транши",
  "status.tranche": "Транш {n} ({share} %, {amount} {currency})",
  "status.tranche.paid": "{tranche} оплачен {date}: {amount} {currency}.",
  "status.tranche.paid.reason": "Причина иной суммы: {reason}.",
  "status.tranche.payable": "{tranche} можно оплатить: {products} приняты.",
  "status.tranche.blocked": "{tranche} ожидает: {blockers}",
  "status.days": "Отработано дней: {worked} из {planned}",
  "status.task.days": "{worked} из {planned}",
  "status.task.over": "(на {days} больше договора)",
  "status.overdue": "Просрочено на {date}",
  "status.overdue.none": "Просроченного на {date} нет.",
  "status.overdue.product": "{product} — срок {date}, {state}",
  "status.overdue.task": "{task} — период истек {date}; учтено дней: {worked} из {planned}",
  "paperwork.schedule": "Детальный график оказания услуг",
  "paperwork.programme": "Программа и список участников планировочной сессии",
  "paperwork.report": "Операционный отчет",
  "paperwork.act": "Акт оказанных услуг",
  "schedule.column.dates": "Сроки",
  "schedule.column.products": "Продукты",
  "schedule.column.tasks": "Задачи",
  "schedule.column.amount": "Сумма, {currency}",
  "schedule.column.item": "Задача / продукт / транш",
  "schedule.column.act": "Акт и отчет",
  "schedule.column.payment": "Ожидаемая оплата",
  "schedule.mark.task": "■",
  "schedule.mark.product": "◆",
  "schedule.mark.tranche": "◇",
  "schedule.gantt.caption": "Консультационные услуги по дням: задачи (полосы), сроки сдачи продуктов (ромбы) и транши к оплате.",
  "schedule.gantt.intro": "Недели с понедельника по воскресенье (первая и последняя — неполные, по датам договора), в которые выполняется каждая задача (■), сдается каждый продукт (◆) и подлежит оплате каждый транш (◇).",
  "schedule.act": "акт № {number} и отчет — {date}",
  "schedule.payment": "после подписания акта № {number}, не ранее {date}",
  "session.consultant": "Консультант",
  "session.none": "В рабочей папке нет планировочной сессии (session.json).",
  "session.column.time": "Время",
  "session.column.topic": "Тема",
  "session.column.format": "Формат",
  "session.column.leads": "Ведущие",
  "session.column.number": "№",
  "session.column.organisation": "Организация",
  "session.column.position": "Должность",
  "session.column.role": "Роль на сессии",
  "session.column.count": "Чел.",
  "session.column.output": "Ожидаемый результат",
  "report.entry": "{date}: {note} ({days} дн.)",
  "report.nothing-logged": "Дни пока не учтены.",
  "report.column.planned": "Дней по ТЗ",
  "report.column.worked": "Отработано дней",
  "report.column.submitted": "Представлен",
  "report.column.returned": "Возвращен на доработку",
  "report.column.accepted": "Принят",
  "report.returned": "{date}: {reason}",
  "report.not-accepted": "не принят",
  "report.comments.none": "По состоянию на {date} комментарии членов Коалиции не зарегистрированы.",
  "report.comments.later": "Комментарии членов Коалиции к проекту Стратегии относятся к следующему этапу и отражаются в итоговом отчете.",
  "report.column.version": "Версия",
  "report.column.member": "Член Коалиции",
  "report.column.received": "Получено",
  "report.paid": "оплачен {date}: {amount} {currency}",
  "report.payable": "можно оплатить: все продукты приняты",
  "report.waits": "ожидает: {products}",
  "report.column.state": "Состояние",
  "report.outcome.accepted": "Принято",
  "report.outcome.partly": "Частично",
  "report.outcome.rejected": "Отклонено",
  "report.outcome.noted": "К сведению",
  "report.outcome.open": "Открыто",
  "report.not-submitted": "не представлен",
  "report.title.interim": "Промежуточный операционный отчет",
  "report.title.final": "Итоговый операционный отчет",
  "report.task": "Задача {number}. {title} (дней по ТЗ: {days}; отработано: {worked})",
  "report.days.contract": "Всего по договору на {date}: отработано {worked} из {days} дней.",
  "report.attachment.act": "Акт № {number} оказанных услуг",
  "report.reviewed": "Рассмотрено:",
  "act.tranche": "{name} транш, {share} %",
  "act.complete": "Услуги оказаны в полном объеме и в установленные сроки. Заказчик претензий по объему, качеству и срокам оказания услуг не имеет.",
  "act.contractor": "Исполнитель:",
  "act.client": "Заказчик:",
  "act.signature.hint": "(подпись, Ф.И.О.)",
  "act.signature.hint.stamp": "(подпись, Ф.И.О.)   М.П.",
  "act.contract": "№ {number} от {date}",
  "act.formula": "Исполнитель оказал, а Заказчик принял следующие услуги по Техническому заданию ({tranche}):",
  "act.formula.draft": "Исполнитель представляет к приемке следующие услуги по Техническому заданию ({tranche}):",
  "act.conclusion.draft": "Услуги считаются принятыми после приемки всех продуктов этапа и подписания настоящего акта сторонами.",
  "act.draft": "ПРОЕКТ от {date}: не подписывать до приемки продуктов: {products}.",
  "act.copies.count": "в {n} ({words}) экземплярах",
  "act.copies.figures": "в {n} экземплярах",
  "act.tax.unknown": "Налогообложение: {blank}.",
  "act.tax.gross": "Стоимость указана до удержания налогов.",
  "act.tax.withheld": "Заказчик как налоговый агент удерживает {name} ({rate} %): {amount}.",
  "act.tax.net": "К перечислению Исполнителю: {amount}.",
  "act.tax.net-basis": "Стоимость указана к выплате Исполнителю; налоги, если они причитаются, уплачиваются Заказчиком сверх нее.",
  "act.vat.exempt": "НДС не облагается.",
  "act.vat.included": "В том числе НДС ({rate} %): {amount}.",
  "act.vat.unknown": "НДС: {blank}.",
  "act.address": "Адрес:",
  "act.inn": "ИНН",
  "act.signatory": "{position} {name}",
  "act.bank": "Банк: {bank}; счет: {account}; БИК: {bic}",
  "act.column.customer": "Заказчик",
  "act.column.consultant": "Исполнитель",
  "paperwork.blank": "______________________",
  "paperwork.blank.signature": "______________________ / ______________________ /",
  "paperwork.blank.signature.short": "______________ / ______________ /",
  "paperwork.blank.date": "«___» ______________ 20___ г.",
  "paperwork.fill": "{blank} ({what})",
  "paperwork.fill.contract.number": "номер договора",
  "paperwork.fill.contract.date": "дата договора",
  "paperwork.fill.signatory": "Ф.И.О.",
  "paperwork.fill.inn": "14 цифр",
  "paperwork.fill.consultant.name": "Ф.И.О. или наименование Исполнителя",
  "paperwork.fill.identification": "паспорт или свидетельство о государственной регистрации",
  "paperwork.fill.address": "адрес",
  "paperwork.fill.bank": "банк",
  "paperwork.fill.account": "расчетный счет",
  "paperwork.fill.bic": "БИК",
  "paperwork.fill.amount.words": "сумма прописью",
  "paperwork.fill.tax": "брутто или нетто; удерживаемые налоги",
  "paperwork.fill.vat": "облагается или нет",
  "paperwork.fill.vat.rate": "ставка",
  "paperwork.fill.vat.amount": "сумма",
  "changes.annex.title": "Приложение 4. Изменения с версии {version}",
  "changes.title.workspace": "Изменения с версии {old}",
  "changes.title.versions": "Изменения от версии {old} к версии {new}",
  "changes.compared": "Сравниваются {old} и {new}.",
  "changes.side.version": "версия {name} от {date} ({note})",
  "changes.side.workspace": "рабочая папка в нынешнем виде",
  "changes.side.edition": "настоящая редакция ({version}, {date})",
  "changes.none": "Изменений нет.",
  "changes.column.what": "Что",
  "changes.column.added": "Добавлено",
  "changes.column.removed": "Удалено",
  "changes.column.changed": "Изменено",
  "changes.added": "добавлено",
  "changes.removed": "удалено",
  "changes.changed": "изменено",
  "changes.other-languages": "Изменено также ({languages}): {fields}.",
  "changes.prose.title": "Текст разделов",
  "changes.images.title": "Изображения",
  "changes.prose.paragraphs": "Абзацы текста ({language})",
  "changes.prose.section": "{title} ({file})",
  "changes.prose.other-languages": "Текст ({languages}) изменён также в разделах: {sections}.",
  "changes.paragraph": "Абзац {n}",
  "changes.paragraph.was": "Было:",
  "changes.paragraph.now": "Стало:",
  "changes.paragraph.added": "добавлен",
  "changes.paragraph.removed": "удалён",
  "changes.paragraph.changed": "изменён",
  "changes.kind.strategy": "Стратегия в целом",
  "changes.kind.member": "Члены Коалиции",
  "changes.kind.work-area": "Рабочие области",
  "changes.kind.goal": "Цели",
  "changes.kind.objective": "Задачи",
  "changes.kind.audience": "Целевые аудитории",
  "changes.kind.channel": "Каналы и инструменты",
  "changes.kind.theme": "Адвокационные темы",
  "changes.kind.action": "Действия",
  "changes.kind.cost-line": "Статьи сметы",
  "changes.kind.funding-source": "Источники финансирования",
  "changes.kind.exchange-rate": "Курсы валют",
  "changes.kind.indicator": "Индикаторы",
  "changes.kind.portal-metric": "Показатели Портала",
  "changes.kind.risk": "Риски",
  "changes.kind.contract": "Договор на консультационные услуги",
  "changes.kind.contract-task": "Задачи консультанта",
  "changes.kind.deliverable": "Ожидаемые продукты",
  "changes.kind.tranche": "Транши",
  "changes.field.action": "Действие",
  "changes.field.after": "После задач",
  "changes.field.allies": "Союзники",
  "changes.field.approver": "Утверждает",
  "changes.field.ask": "Что мы предлагаем",
  "changes.field.audiences": "Аудитории",
  "changes.field.baseline": "Базовое значение",
  "changes.field.changeSought": "Каких изменений добиваемся",
  "changes.field.channels": "Каналы",
  "changes.field.clause": "Пункт ТЗ",
  "changes.field.client": "Заказчик",
  "changes.field.coalition": "Коалиция",
  "changes.field.contactName": "Контактное лицо",
  "changes.field.contactRole": "Должность контактного лица",
  "changes.field.coordinator": "Координатор",
  "changes.field.currency": "Валюта",
  "changes.field.date": "Дата",
  "changes.field.days": "Дней",
  "changes.field.description": "Описание",
  "changes.field.due": "Срок",
  "changes.field.end": "Окончание",
  "changes.field.frequency": "Периодичность",
  "changes.field.funder": "Донор",
  "changes.field.goal": "Цель",
  "changes.field.impact": "Влияние",
  "changes.field.indicators": "Индикаторы",
  "changes.field.item": "Статья",
  "changes.field.keyMessages": "Ключевые сообщения",
  "changes.field.kind": "Тип",
  "changes.field.languages": "Языки",
  "changes.field.lead": "Ведущий",
  "changes.field.likelihood": "Вероятность",
  "changes.field.mandate": "Мандат",
  "changes.field.member": "Член Коалиции",
  "changes.field.mitigation": "Меры по снижению",
  "changes.field.name": "Наименование",
  "changes.field.number": "Номер",
  "changes.field.objective": "Задача",
  "changes.field.owner": "Ответственный",
  "changes.field.partners": "Партнёры",
  "changes.field.periodLabel": "Период",
  "changes.field.position": "Позиция",
  "changes.field.priority": "Приоритет",
  "changes.field.problem": "Проблема",
  "changes.field.quantity": "Количество",
  "changes.field.rate": "Курс",
  "changes.field.remainderTranche": "Транш-остаток",
  "changes.field.role": "Роль",
  "changes.field.share": "Доля, %",
  "changes.field.shortName": "Краткое наименование",
  "changes.field.source": "Источник",
  "changes.field.specifics": "Специфика",
  "changes.field.start": "Начало",
  "changes.field.status": "Статус",
  "changes.field.subtitle": "Подзаголовок",
  "changes.field.targets": "Целевые значения",
  "changes.field.tasks": "Задачи",
  "changes.field.themes": "Темы",
  "changes.field.title": "Название",
  "changes.field.total": "Общая сумма",
  "changes.field.tranche": "Транш",
  "changes.field.unit": "Единица",
  "changes.field.unitCost": "Цена за единицу",
  "changes.field.verification": "Средства проверки",
  "changes.field.version": "Версия",
  "changes.field.workArea": "Рабочая область",
  "changes.field.year": "Год",
  "comments.document": "Документ в целом",
  "comments.column.version": "Версия",
  "comments.column.member": "Член Коалиции",
  "comments.column.target": "Раздел или элемент",
  "comments.column.title": "Название",
  "comments.column.paragraph": "Абзац",
  "comments.column.type": "Тип замечания",
  "comments.column.comment": "Замечание",
  "comments.column.proposal": "Предлагаемая редакция",
  "comments.type.general": "общее",
  "comments.type.substantive": "по существу",
  "comments.type.editorial": "редакционное",
  "comments.status.open": "не рассмотрено",
  "comments.status.accepted": "принято",
  "comments.status.partly": "принято частично",
  "comments.status.rejected": "отклонено",
  "comments.status.noted": "принято к сведению",
  "comments.matrix.title": "Замечания к версии {version} и решения по ним",
  "comments.matrix.subtitle": "Версия {version} от {date}: {note}",
  "comments.matrix.statistics": "Замечания по членам Коалиции",
  "comments.matrix.received": "Поступило",
  "comments.matrix.count.accepted": "Принято",
  "comments.matrix.count.partly": "Частично",
  "comments.matrix.count.rejected": "Отклонено",
  "comments.matrix.count.noted": "К сведению",
  "comments.matrix.count.open": "Не рассмотрено",
  "comments.matrix.id": "№",
  "comments.matrix.section": "Раздел",
  "comments.matrix.decision": "Решение",
  "comments.matrix.date": "Дата решения",
  "comments.matrix.response": "Ответ",
  "comments.matrix.landed": "Изменено в версии",
  "comments.matrix.tracked": "{version}, исправления в {target} в редакции с правкой относительно {since}",
  "comments.column.quote": "Цитата",
  "comments.matrix.removed": "удалено в {version}",
  "comments.matrix.whole-section": "раздел в целом",
  "comments.matrix.paragraph": "абзац {paragraph}",
  "comments.matrix.changed": "вместо: {decision}, {date}",
  "comments.matrix.other-language": "({language}) {response}",
  "comments.matrix.none": "Замечаний к этой версии не поступало.",
  "comments.form.sheet.comments": "Замечания",
  "comments.form.sheet.targets": "Разделы и элементы",
  "comments.form.sheet.help": "Как заполнить",
  "comments.form.error.type": "Выберите тип замечания из списка",
  "comments.form.error.target": "Выберите раздел или элемент из списка на листе «Разделы и элементы»",
  "comments.form.help.title": "Как заполнить форму замечаний",
  "comments.form.help.1": "Форма для {member} к версии {version} стратегии (контрольная сумма версии {hash}).",
  "comments.form.help.2": "На листе «Замечания» каждая строка — раздел или элемент стратегии в порядке документа. Серые столбцы заполнены заранее: не меняйте их.",
  "comments.form.help.3": "Впишите замечание в столбец «Замечание» той строки, к которой оно относится, и выберите тип замечания из списка: общее, по существу или редакционное.",
  "comments.form.help.4": "В столбце «Абзац» можно указать абзац, таблицу или рисунок (3, 2–4, табл. 5); в столбце «Предлагаемая редакция» — новый текст.",
  "comments.form.help.5": "Чтобы сделать ещё одно замечание к тому же месту, скопируйте строку или добавьте строку внизу и выберите раздел или элемент из списка.",
  "comments.form.help.6": "Строки без замечания пропускаются. Сохраните файл как книгу Excel (.xlsx) и отправьте его консультанту.",
  "plan.sheet.actions": "План действий",
  "plan.sheet.costs": "Смета",
  "plan.sheet.indicators": "Индикаторы",
  "plan.sheet.tranches": "Транши",
  "plan.sheet.deliverables": "Продукты",
  "plan.column.cost-year": "Расходы {year}, {currency}",
  "plan.column.partners": "Ответственный / партнёры",
  "plan.cost.column.id": "Строка сметы",
  "plan.cost.column.action": "Действие",
  "plan.cost.column.item": "Статья расходов",
  "plan.cost.column.unit": "Единица",
  "plan.cost.column.quantity": "Количество",
  "plan.cost.column.unit-cost": "Цена за единицу",
  "plan.cost.column.currency": "Валюта",
  "plan.cost.column.amount": "Сумма в валюте строки",
  "plan.cost.column.year": "Год",
  "plan.cost.column.member": "Член Коалиции",
  "plan.cost.column.source": "Источник",
  "plan.cost.column.converted": "Сумма, {currency}",
  "plan.indicator.column.id": "Код",
  "plan.indicator.column.baseline-date": "Дата базового значения",
  "plan.indicator.column.target": "Целевое значение",
  "plan.indicator.column.target-date": "Срок",
  "comments.review.title": "Экземпляр для замечаний: {member}",
  "comments.review.version": "Версия {version}, {date}; замечания считываются из этого файла: сохраняйте его в формате .docx.",
  "comments.review.how": "Чтобы оставить примечание, выделите текст и выберите Рецензирование → Создать примечание. Чтобы предложить редакцию, включите Рецензирование → Исправления и правьте текст. Начните примечание со слов «редакционное:», «по существу:» или «общее:», чтобы указать его тип. Абзацы пронумерованы (¶ 4), чтобы на них можно было ссылаться.",
  "comments.review.return": "Сохраните файл и отправьте его консультанту; следующая версия придёт с отслеживаемыми исправлениями.",
  "portal.months": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
  "portal.month": "{month} {year}",
  "portal.status.met": "выполнено",
  "portal.status.at-risk": "под угрозой",
  "portal.status.missed": "не выполнено",
  "portal.status.not-yet-due": "срок не наступил",
  "portal.mark.met": "✓",
  "portal.mark.at-risk": "!",
  "portal.mark.missed": "✗",
  "portal.mark.not-yet-due": "·",
  "portal.kind.monthly": "минимум в месяц",
  "portal.kind.cumulative": "итог к сроку",
  "portal.kind.qualifying": "число соответствующих событий",
  "portal.kind.share": "доля",
  "portal.kind.periodic": "периодический продукт",
  "portal.kind.deadline": "продукт к сроку",
  "portal.kind.per-event": "продукт на каждое событие",
  "portal.required.monthly": "не менее {n} в месяц",
  "portal.required.monthly.audiences": "не менее {n} разных аудиторий в месяц",
  "portal.required.total": "{n} к {date}",
  "portal.required.qualifying": "{n} к {date}, в каждом не менее {participants} участников",
  "portal.required.share": "не менее {n} % к {date}",
  "portal.required.periodic": "1 раз в {n} месяца, начиная с {month}",
  "portal.required.periodic.monthly": "1 в месяц",
  "portal.required.deadline": "до {date}",
  "portal.required.per-event": "1 на каждое событие {event}, до конца месяца события",
  "portal.actual.none": "данных пока нет",
  "portal.actual.dated": "{n} на {date}",
  "portal.actual.share": "{n} % на {date}",
  "portal.actual.months": "{n} из {of} месяцев",
  "portal.actual.windows": "{n} из {of} периодов",
  "portal.actual.delivered": "представлен {date}",
  "portal.actual.late": "представлен с опозданием, {date}",
  "portal.actual.not-delivered": "не представлен",
  "portal.actual.events": "{n} из {of}",
  "portal.actual.no-events": "событий пока не было",
  "portal.trend.average": "{n} в месяц в среднем за последние {months} мес.",
  "portal.trend.projection": "{rate} в месяц, {projected} к {date}",
  "portal.trend.projection.share": "{rate} п. п. в месяц, {projected} % к {date}",
  "portal.trend.tally.months": "выполнено в {n} из {of} мес.",
  "portal.trend.tally.windows": "выполнено в {n} из {of} периодов",
  "portal.trend.tally.events": "охвачено {n} из {of} событий",
  "portal.item": "п. {n}",
  "portal.column.clause": "Табл. 1",
  "portal.column.target": "Цель",
  "portal.column.required": "Требуется",
  "portal.column.actual": "Факт",
  "portal.column.status": "Статус",
  "portal.column.trend": "Тенденция",
  "portal.column.id": "Цель (id)",
  "portal.column.kind": "Вид",
  "portal.column.metric": "Показатель",
  "portal.report.title": "Показатели Портала: отчет за {month}",
  "portal.report.plan": "Измеримые цели плана Портала (документ 003, раздел III, таблица 1; пункты этой таблицы), {period}, в сравнении с данными, импортированными из Портала.",
  "portal.report.data": "Данные: импортировано строк – {rows}, последняя датирована {date}; месяцы по {month} включительно считаются полными.",
  "portal.report.no-data": "Данные Портала еще не импортированы (strategy portal import FILE|URL): измерять нечего, поэтому цели со сроком после начала плана находятся под угрозой.",
  "portal.report.example": "ПРИМЕР ДАННЫХ: {count} из {rows} строк помечены как пример. Это не реальные показатели Портала; импортируйте настоящую выгрузку Портала с --replace, чтобы получить отчет по реальным данным.",
  "portal.report.summary": "Целей: {n} — {counts}.",
  "portal.history.title": "Статус по месяцам, {period}",
  "portal.rules.title": "Как определяется статус",
  "portal.rules.met": "цель достигнута: в месяце (минимум в месяц), в периоде (периодический продукт), к сроку (итог, число соответствующих событий, доля, продукт к сроку) или по каждому событию (продукт на каждое событие).",
  "portal.rules.at-risk": "цель не достигнута, срок еще впереди, и при сохранении текущей тенденции она не будет выполнена: тенденция, продолженная до срока, остается ниже цели; минимум в месяц находится под угрозой в месяце, до которого данные еще не дошли, если среднее за последние месяцы ниже минимума.",
  "portal.rules.missed": "месяц, период или срок прошел, данные его охватывают, а цель к этому времени не достигнута (продукт, представленный позже срока, тоже не выполнен).",
  "portal.rules.not-yet-due": "цель еще не достигнута, но срок не наступил, и тенденция не указывает на отставание (или данных за месяц еще нет).",
  "portal.rules.trend": "Тенденция итога или числа событий – его изменение в месяц за последние {months} мес. данных (в начале плана – за меньший срок), продолженное до срока; тенденция доли – ее изменение в месяц между самым ранним и самым поздним значением за эти месяцы; без данных или без изменений тенденция равна текущему значению.",
  "portal.rules.data": "Выгрузка считается охватывающей целые месяцы: все месяцы по месяц последней строки включительно оцениваются как полные, для более поздних месяцев данных еще нет. После окончания плана цель показывает итог за весь план.",
  "portal.notes.title": "Как прочитан план",
  "portal.targets.title": "План Портала (документ 003, раздел III, таблица 1), {period}",
  "portal.audiences.title": "Ключевые аудитории мероприятия 1 (столбец audience выгрузки)",
  "indicator.portal.none": "Данные Портала еще не импортированы.",
  "indicator.portal.no-rows": "Данные по этому показателю еще не импортированы.",
  "indicator.portal.latest": "Последнее значение: {value} ({date}).",
  "indicator.portal.example": "Пример данных, а не реальные показатели Портала.",
  "indicator.portal.target": "План Портала, {month}: {required} — {status}.",
  "dashboard.title": "Панель координатора на {date}",
  "dashboard.plan": "План действий",
  "dashboard.budget": "Бюджет",
  "dashboard.quality": "Переводы и проверка",
  "dashboard.share": "Доля",
  "dashboard.plan.intro": "Состояние мероприятий плана на {date} по срокам, указанным в плане.",
  "dashboard.plan.state": "Мероприятия",
  "dashboard.plan.actions": "Число",
  "dashboard.plan.not-started": "Ещё не начаты",
  "dashboard.plan.running": "Выполняются",
  "dashboard.plan.due": "Срок окончания прошёл",
  "dashboard.budget.total": "Смета стратегии: {total} {currency}; суммы совпадают с «strategy budget».",
  "dashboard.budget.by-year": "Бюджет по годам, {currency}",
  "dashboard.budget.by-member": "Бюджет по членам Коалиции, {currency}",
  "dashboard.quality.language": "Язык",
  "dashboard.quality.texts": "Переведено текстов",
  "dashboard.quality.prose": "Разделы текста",
  "dashboard.quality.missing": "Нет перевода",
  "dashboard.quality.stale": "Проверить (изменён исходный текст)",
  "dashboard.quality.untracked": "не отслеживается",
  "dashboard.quality.check": "strategy check: ошибок — {errors}, предупреждений — {warnings}.",
  "dashboard.consultancy": "Консультационные услуги",
  "dashboard.state": "Состояние",
  "dashboard.overdue": "Просрочено:",
  "dashboard.comments": "Комментарии членов Коалиции",
  "dashboard.comments.no-version": "Версии ещё не зафиксированы, поэтому комментарии не собирались (strategy version cut).",
  "dashboard.comments.unreadable": "Записи комментариев не читаются: {reason}",
  "dashboard.comments.version": "Версия {version} от {date}: {note}.",
  "dashboard.comments.member": "Член Коалиции",
  "dashboard.comments.received": "Получено",
  "dashboard.comments.resolved": "Рассмотрено",
  "dashboard.comments.open": "Открыто",
  "dashboard.comments.open-list": "Открытые комментарии",
  "dashboard.portal": "План Портала лучших практик",
  "dashboard.portal.month": "Статус за {month}.",
  "dashboard.portal.target": "Цель и пункт плана",
  "dashboard.portal.required": "Требуется",
  "dashboard.portal.actual": "Факт",
  "dashboard.portal.indicators": "Индикаторы стратегии",
  "dashboard.portal.sparkline": "По месяцам",
  "dashboard.portal.trend": "{target}: фактические значения по месяцам, {period}, в сравнении с целью (пунктир)",
  "indicator.baseline.pending": "устанавливается (см. средства проверки)",
  "coverage.audiences.intro": "Для каждой аудитории – сколько действий Матрицы до нее доходит, через какие каналы и по каким темам адвокации. После таблицы перечислены узкие места.",
  "coverage.column.audience": "Аудитория",
  "coverage.column.actions": "Действий",
  "coverage.column.channels": "Каналы",
  "coverage.column.themes": "Темы",
  "coverage.gaps": "Узкие места",
  "coverage.gap.audience-none": "{audience}: ни одно действие Матрицы не доходит до этой аудитории.",
  "coverage.gap.audience-one": "{audience}: сообщения доходят только через один канал – «{channel}».",
  "coverage.gap.channel-none": "«{channel}»: канал не используется ни одним действием.",
  "coverage.gap.channel-one": "«{channel}»: канал используется только одним действием.",
  "coverage.gaps.none": "Узких мест нет: до каждой аудитории сообщения доходят не менее чем через два канала, и каждый канал используют не менее двух действий.",
  "coverage.gaps.remedy": "Рабочая группа рассматривает каждое узкое место при ежегодном обзоре Стратегии: добавляет канал или действие либо фиксирует, что узкого охвата достаточно.",
  "coverage.themes.intro": "Для каждой темы – сколько действий ее продвигают и доходят ли они до адресатов ее просьбы.",
  "coverage.column.theme": "Тема",
  "coverage.column.reached": "Адресаты, до которых доходят действия темы",
  "coverage.column.unreached": "Адресаты без действий темы",
  "coverage.themes.all-reached": "Действия каждой темы доходят до всех адресатов ее просьбы.",
  "coverage.themes.unreached": "Адресаты в последнем столбце упоминаются в просьбе темы, но ни одно действие по этой теме до них не доходит: при ежегодном обзоре к теме добавляется действие либо адресат исключается из просьбы.",
  "coverage.unthemed.intro": "Эти действия не продвигают отдельную тему, а создают для этого условия: каналы, координацию, данные и потенциал.",
  "summary.title": "Краткое изложение",
  "abbreviations.title": "Сокращения",
  "abbreviations.column.short": "Сокращение",
  "abbreviations.column.full": "Полное наименование",
  "sources.title": "Источники",
  "stakeholder.title": "Заинтересованные стороны",
  "stakeholder.intro": "Кто принимает решения по просьбам Коалиции и кто помогает: позиция, влияние на решение, заинтересованность в теме и то, как Коалиция с ними работает. Позиция, влияние и интерес – оценка консультанта; рабочая группа пересматривает ее при ежегодном обзоре.",
  "stakeholder.column.name": "Сторона",
  "stakeholder.column.position": "Позиция",
  "stakeholder.column.influence": "Влияние",
  "stakeholder.column.interest": "Интерес",
  "stakeholder.column.relationship": "Как работаем",
  "stakeholder.column.themes": "Темы",
  "stakeholder.column.audiences": "Аудитории",
  "stakeholder.position.supportive": "поддерживает",
  "stakeholder.position.neutral": "нейтральна",
  "stakeholder.position.sceptical": "настроена скептически",
  "stakeholder.map.caption": "Карта заинтересованных сторон: позиция по просьбам Коалиции (столбцы) и влияние на решение (строки).",
  "stakeholder.map.axes": "По горизонтали – позиция, по вертикали – влияние на решение.",
  "stakeholder.influence.low": "низкое",
  "stakeholder.influence.medium": "среднее",
  "stakeholder.influence.high": "высокое",
  "stakeholder.interest.low": "низкий",
  "stakeholder.interest.medium": "средний",
  "stakeholder.interest.high": "высокий"
}

"""##,
        "ru/programme.md": ##"""
# Программа планировочной сессии

**{{session.title}}**

- **Дата:** {{session.date}}
- **Место проведения:** {{session.venue}}
- **Рабочий язык:** {{session.language}}
- **Организатор:** {{client.name}} от имени Коалиции ({{coalition.name}})
- **Фасилитатор:** консультант

## Цели сессии

{{session.objectives}}

## Программа

{{session.programme}}

## Материалы для предварительного ознакомления

{{session.reading}}

## Список участников

{{session.participants}}

Участники указаны по организациям и должностям; фамилии вносятся после подтверждения участия членами Коалиции.

Подготовлено консультантом, {{document.date}}.

"""##,
        "ru/report.md": ##"""
# {{report.title}} № {{report.number}}

**{{contract.title}}**

- **Договор:** {{contract.reference}}
- **Заказчик:** {{client.name}} от имени Коалиции ({{coalition.name}})
- **Исполнитель:** {{consultant.name}}
- **Период оказания услуг:** {{contract.period}}
- **Отчет по состоянию на:** {{document.date}}
- **Представляется:** {{contact.name}}, {{contact.role}}; для утверждения: {{approver}}

## 1. Выполненные работы по задачам Технического задания

{{report.narrative}}

## 2. Дни оказания услуг

{{report.tasks}}

## 3. Продукты и их приемка

{{report.products}}

## 4. Комментарии членов Коалиции и их учет

{{report.comments}}

## 5. Оплата

{{report.payments}}

## 6. Приложения

{{report.attachments}}

{{report.signatures}}

"""##,
        "ru/schedule.md": ##"""
# Детальный график оказания услуг

**{{contract.title}}**

- **Заказчик:** {{client.name}} от имени Коалиции ({{coalition.name}})
- **Период оказания услуг:** {{contract.period}}
- **Дней оказания услуг:** {{contract.days}}
- **Сумма договора:** {{contract.total}}
- **Операционные вопросы:** {{contact.name}}, {{contact.role}}
- **Дата:** {{document.date}}

## 1. Задачи, продолжительность и сроки

{{schedule.tasks}}

## 2. Продукты и сроки их представления

{{schedule.products}}

## 3. Порядок оплаты

{{schedule.tranches}}

Консультант: {{label:paperwork.blank.signature}}

## Приложение. Календарный план

{{schedule.gantt}}

"""##,
        "ru/strategy.md": ##"""
{{title-page}}

## Содержание

{{toc}}

{{summary}}

{{abbreviations}}

## 1. Введение

{{prose:introduction}}

## 2. Коалиция и её члены

{{coalition.members}}

## 3. Ситуационный анализ

{{prose:situation}}

## 4. Принципы коммуникации и адвокации

{{prose:principles}}

## 5. Цели и задачи

{{work-areas}}

{{goals}}

## 6. Целевые аудитории

{{audiences}}

## 7. Каналы и инструменты

{{channels}}

## 8. Адвокационный компонент

{{prose:approach}}

{{themes}}

{{stakeholders}}

## 9. Матрица действий (план мер)

{{actions.matrix}}

### Календарный план

{{timeline.plan}}

## 10. Оценка стоимости

{{budget.summary}}

## 11. Мониторинг и оценка

{{prose:monitoring}}

{{indicators}}

## 12. Риски и меры по их снижению

{{risks}}

## 13. Управление реализацией стратегии

{{prose:implementation}}

## Приложение 1. Охват аудиторий и тем

### Аудитории: каналы и темы

{{coverage.audiences-channels}}

### Темы адвокации и их адресаты

{{coverage.themes-actions}}

## Приложение 2. Вклад членов Коалиции

{{members.annex}}

## Приложение 3. Разработка стратегии: консультационные услуги

{{contract}}

{{sources}}

{{changes.annex}}

"""##,
    ]
}
