/**
 * The eight components of the Change Model, in our own words.
 *
 * All wording here is ours: grounded in the source documents in shared/seeds/,
 * never copied from them. Comments cite the seed and section each item rests on,
 * using these short names:
 *
 *   evaluation-2013        nhs-change-model-evaluation-2013.txt (SAPPHIRE evaluation)
 *   health-foundation-2012 overcoming-challenges-health-foundation-2012.txt (ten challenges, Table 1)
 *   mobilisation-2010      large-scale-change-nhs-mobilisation-2010.txt (NHS Institute)
 *   social-movements-2003  social-movements-bate-robert-bevan-2003.txt (Bate, Robert, Bevan)
 *   ilg-2013               improvement-leaders-guides-millar-2013.txt (Improvement Leaders' Guides paper)
 *
 * Prompts are statements a team rates on "how far is this in place?". Each one
 * asks for something observable that someone could point to, because the model
 * is a prompt for thinking, not a checklist (evaluation-2013 §3.3, §5.5, §6).
 *
 * Prompt ids are stable forever. If the meaning of a prompt changes, give it a
 * new id rather than rewording the old one, so that earlier rounds stay comparable.
 */
import { COMPONENT_LABELS } from './labels';
import type { ChangeComponent } from './types';

export const COMPONENTS: readonly ChangeComponent[] = [
  {
    id: 'shared-purpose',
    labels: COMPONENT_LABELS['shared-purpose'],
    gloss:
      'Why we are making this change, in terms everyone involved can stand behind: the anchor for the other seven.',
    // evaluation-2013 §3.2, §3.3 (values as the starting point), §4 point 6 and §6 (purpose used
    // to silence opposition), §5.3 (anchor returned to), §5.5 (common ground across groups);
    // mobilisation-2010 §2.1, §2.3.1 (roles differ in what moves them)
    summary: [
      'The reason for the change, told in terms of patients and the care we want to give.',
      'Agreed across the organisations and professions involved, not handed down by the sponsor.',
      'Something to come back to at every review, not a slogan used once at the launch.',
      'Disagreement about it is information to explore, not opposition to be talked down.',
      'Expect people in different roles to put it in different words.',
    ],
    questions: [
      'If we asked five people from different parts of this change what it is for, how close would their answers be?',
      'Who disagrees with our purpose, and what might their objection be telling us?',
    ],
    prompts: [
      // evaluation-2013 §5.3 (interviewee 016: consensus rarely given enough time), §5.5 (002, 019);
      // health-foundation-2012 challenge 6 (work to common goals)
      {
        id: 'shared-purpose.1',
        componentId: 'shared-purpose',
        text: 'People from each organisation and profession involved helped to write down what this change is for.',
        help: 'For example, notes from a session where GPs, ward staff and commissioners drafted the aim together.',
      },
      // evaluation-2013 §3.3 (interviewee 5: the patient case moves doctors more than savings),
      // §5.5 (interviewee 001: "is it better for patients?"); mobilisation-2010 §5.3 and the
      // executive summary (a case framed around patients and care, not cost)
      {
        id: 'shared-purpose.2',
        componentId: 'shared-purpose',
        text: 'Our written aim says what will be different for patients, not only what it will save.',
        help: 'For example, the aim names more people getting home before evening, not just bed days released.',
      },
      // mobilisation-2010 §2.2.3 (congruence), §2.3.1 (elite bias); evaluation-2013 §5.5 (managers see
      // money, frontline staff see risks to jobs)
      {
        id: 'shared-purpose.3',
        componentId: 'shared-purpose',
        text: 'Asked separately, frontline staff and senior managers describe the purpose in compatible terms.',
        help: 'For example, ask three people in different roles what the change is for, and compare the answers.',
      },
      // evaluation-2013 §4 point 6, §5.5 (purpose used to reframe resistance), §6;
      // social-movements-2003 Table 1 (opposition as a source of energy for change)
      {
        id: 'shared-purpose.4',
        componentId: 'shared-purpose',
        text: 'When people object to the change, we explore what their objection tells us before trying to win them over.',
        help: 'For example, a concern raised by community nurses that led to a change in the plan, recorded in the notes.',
      },
      // evaluation-2013 §5.3 (a starting point and a theme returned to), §5.5 (interviewee 015);
      // health-foundation-2012 chapter 4 (goal displacement)
      {
        id: 'shared-purpose.5',
        componentId: 'shared-purpose',
        text: 'At each review we check the work in hand against the purpose we agreed.',
        help: 'For example, a standing agenda item, or a piece of work reshaped because it no longer served the aim.',
      },
    ],
    group: 'softer',
  },
  {
    id: 'leadership',
    labels: COMPONENT_LABELS['leadership'],
    gloss:
      'Leadership at every level, not only from people with titles, including making room and time for the change.',
    // health-foundation-2012 challenge 7 (leaders at all levels; quieter, enabling leadership),
    // challenge 9 (reliance on individuals); evaluation-2013 §5.2, §5.5, §6, Box 1 (senior leaders
    // shield the work; knowledge held by one person is fragile); ilg-2013 (distributed leadership)
    summary: [
      'Leadership can come from anyone: clinicians, managers, frontline staff and patients, not only the sponsor.',
      'A quieter style, listening, explaining and bringing people together, may work better than a forceful one.',
      'Senior leaders shield the work from short-term pressure and make time for it.',
      'A change that rests on one or two people is fragile when they move on.',
    ],
    questions: [
      'If our lead left next month, who would carry this on, and would they know enough to do it?',
      'Who is leading this without being called a leader, and are we backing them?',
    ],
    prompts: [
      // evaluation-2013 §5.5 (017, 014: backing from the top), §6, §7, Box 1 (leaders mediate outside pressure);
      // health-foundation-2012 chapter 4 (resist impatience for quick wins)
      {
        id: 'leadership.1',
        componentId: 'leadership',
        text: 'When urgent pressures hit, a senior leader keeps this work going rather than letting it be paused.',
        help: 'For example, improvement meetings kept through winter, or a deadline renegotiated instead of the work being dropped.',
      },
      // health-foundation-2012 challenge 7 (leaders needed at every level); ilg-2013 (leadership
      // spread across layers); mobilisation-2010 §3.1.3 (champions from diverse backgrounds)
      {
        id: 'leadership.2',
        componentId: 'leadership',
        text: 'People without formal authority are leading parts of this work.',
        help: 'For example, a staff nurse leading the trial of a new handover sheet, or a patient representative chairing a sub-group.',
      },
      // health-foundation-2012 challenge 7 (vision balanced with sensitivity to others' views);
      // mobilisation-2010 §4.1.1 (leaders who consult and act on feedback); evaluation-2013 §5.5
      // (interviewee 013)
      {
        id: 'leadership.3',
        componentId: 'leadership',
        text: 'Our leaders change course when staff or patients challenge them.',
        help: 'For example, a decision reversed after the ward team raised a safety concern.',
      },
      // evaluation-2013 §5.4 (interviewee 019: management and clinical leadership together;
      // 011: senior people using the same language); health-foundation-2012 challenge 6 (silos)
      {
        id: 'leadership.4',
        componentId: 'leadership',
        text: 'Clinical and managerial leads present this change to staff together, in the same terms.',
        help: 'For example, the clinical director and the service manager running the staff briefing side by side.',
      },
      // evaluation-2013 §5.2, §5.4 (burden on small teams), Box 1; health-foundation-2012 challenge 9
      // (over-reliance on individuals), challenge 5 (no succession planning)
      {
        id: 'leadership.5',
        componentId: 'leadership',
        text: 'If one key person left tomorrow, others could pick up this work from what is written down.',
        help: 'For example, a shared folder holding the plan, contacts and lessons learnt, and a named deputy.',
      },
    ],
    group: 'softer',
  },
  {
    id: 'spread',
    labels: COMPONENT_LABELS['spread'],
    gloss:
      'Sharing and adapting what works, and learning in the open while the work is still going on.',
    // evaluation-2013 §4 point 3 (adapting versus staying true to the evidence; said there of spreading
    // the Change Model itself, applied here by analogy), §5.3 (spread comes
    // later for some), §5.4 (interviewee 014: learn together as you go; 023: not there yet);
    // health-foundation-2012 challenge 9 (transfer needs adapting); social-movements-2003 Table 1 and
    // ilg-2013 (peer-to-peer spread); mobilisation-2010 §3.2.2 (good solutions left unused)
    summary: [
      'Share lessons as you go, including what went wrong, rather than waiting until the work looks perfect.',
      'Learning runs both ways: look for who has already tackled a problem like yours.',
      'What worked here will need adapting elsewhere; be clear what must stay the same.',
      'People tend to take up ideas from colleagues they trust more than from reports.',
      'It may be too early to spread anything yet; if so, say so rather than marking it as weak.',
    ],
    questions: [
      'Who else is working on a problem like ours, and have we talked to them?',
      'If another team copied us tomorrow, what would they need to keep, and what could they change?',
    ],
    prompts: [
      // evaluation-2013 §5.4 (interviewee 014: capture lessons before they are forgotten);
      // health-foundation-2012 challenge 9 (plan for spreading learning from the outset)
      {
        id: 'spread.1',
        componentId: 'spread',
        text: 'We write down lessons learnt, including mistakes, soon after they happen.',
        help: 'For example, a dated lessons log in the shared folder, added to after each test.',
      },
      // evaluation-2013 §5.4 (interviewee 014: sharing work before it is finished)
      {
        id: 'spread.2',
        componentId: 'spread',
        text: 'We show our work to other teams or organisations while it is still unfinished.',
        help: 'For example, a talk at a regional network meeting about a pilot that is still running.',
      },
      // evaluation-2013 §5.4 (014: learning from what others bring); mobilisation-2010 §3.2.2
      // (solutions exist but are not used more widely); health-foundation-2012 challenge 9
      {
        id: 'spread.3',
        componentId: 'spread',
        text: 'Before designing our own approach, we looked for teams elsewhere who had tackled a similar problem.',
        help: 'For example, a visit to a neighbouring trust, or a call with a practice that tried something similar.',
      },
      // evaluation-2013 §4 point 3 (creativity versus fidelity, said of the Change Model's own spread:
      // by analogy); health-foundation-2012 challenge 9 and
      // Table 1 (take account of context when transferring; may need to adapt)
      {
        id: 'spread.4',
        componentId: 'spread',
        text: 'We have agreed which parts of our change are essential and which parts others can adapt.',
        help: "For example, a one-page 'must keep / can change' note for teams who want to adopt it.",
      },
      // social-movements-2003 Table 1 (peer to peer); ilg-2013 (horizontal peer influence; reaching
      // beyond "the converted"); mobilisation-2010 §3.1.2, §3.1.3 (peers and champions)
      {
        id: 'spread.5',
        componentId: 'spread',
        text: 'Staff who use the change are telling colleagues in other teams about it themselves.',
        help: 'For example, a ward sister showing the new rota to the next ward, or a GP describing it at a locality meeting.',
      },
    ],
    group: 'harder',
  },
  {
    id: 'improvement-methodology',
    labels: COMPONENT_LABELS['improvement-methodology'],
    gloss:
      'A chosen, evidence-based way of improving, such as small tests of change, used with care rather than by rote.',
    // ilg-2013 (process mapping, tests of change, renaming tools in local words); health-foundation-2012
    // challenge 2 (evidence for the change and for how to make it), chapter 4 (plan before acting),
    // Table 1 (pilot, then revise or reject); evaluation-2013 §5.1, §6 (the method is a means, not the end)
    summary: [
      'Use a recognised way of improving, such as mapping the process and testing small changes.',
      'Understand the problem properly before settling on a fix.',
      'Try changes on a small scale first, and be ready to drop what does not work.',
      "Call the tools whatever your team calls them: 'running a pilot' is fine.",
      'The method serves the work; it is not the work.',
    ],
    questions: [
      'Why do we believe this change will lead to better care, and what would show us we are wrong?',
      'What small test could we run next week?',
    ],
    prompts: [
      // ilg-2013 (process mapping with the people who do the work); health-foundation-2012 challenge 1
      // (clinicians defining what to fix), chapter 4 (time for diagnosis before action)
      {
        id: 'improvement-methodology.1',
        componentId: 'improvement-methodology',
        text: 'Together with the people who do the work, we mapped how the current process really runs before choosing a solution.',
        help: 'For example, a sticky-note map of the referral pathway drawn with reception, nurses and doctors.',
      },
      // ilg-2013 (Plan-Do-Study-Act cycles as small tests of change); health-foundation-2012 Table 1 (piloting)
      {
        id: 'improvement-methodology.2',
        componentId: 'improvement-methodology',
        text: 'We try changes on a small scale before rolling them out.',
        help: 'For example, a new triage question used in one clinic for a week, then adjusted.',
      },
      // health-foundation-2012 Table 1 (revision or rejection after piloting), challenge 5 (a culture
      // that allows failure and learning), challenge 10 (be willing to adapt)
      {
        id: 'improvement-methodology.3',
        componentId: 'improvement-methodology',
        text: 'When a test shows an idea is not working, we drop or reshape it.',
        help: 'For example, notes from a test that ended a proposed change, with the reason.',
      },
      // health-foundation-2012 challenge 2 (evidence for the intervention and for implementing it);
      // evaluation-2013 §4 point 3 (the model's evidence base, applied by analogy to this change's)
      {
        id: 'improvement-methodology.4',
        componentId: 'improvement-methodology',
        text: 'We can point to the evidence that our chosen change is likely to help patients like ours.',
        help: 'For example, a guideline, audit or published study, and a note on why it fits our setting.',
      },
      // health-foundation-2012 challenge 4 (range of skills needed), challenge 5 (external support),
      // Table 1 (training as part of the project); evaluation-2013 §5.3 (002), §5.5 (013: people who
      // understand the evidence)
      {
        id: 'improvement-methodology.5',
        componentId: 'improvement-methodology',
        text: 'Someone in the team has the skills to coach others in our way of improving.',
        help: 'For example, a trained improvement adviser who runs short sessions for the team.',
      },
    ],
    group: 'between',
  },
  {
    id: 'rigorous-delivery',
    labels: COMPONENT_LABELS['rigorous-delivery'],
    gloss:
      'Plans, milestones, risks, resources and owners: the disciplined work of getting the change done.',
    // health-foundation-2012 challenge 4 (ambition versus resources; 'projectness'), chapter 4 (goal
    // displacement), challenge 9 (life after the project), Table 1; evaluation-2013 §5.1 (interviewee
    // 008: risk register checked against shared purpose), §5.4 (019: named leads)
    summary: [
      'Know who is doing what by when, and what it needs in time, money and skills.',
      'Keep ambitions in line with the time and resources you really have.',
      'Hitting a milestone is a step towards the aim, not the aim itself.',
      'Plan early for who will fund and run the change once the project ends.',
    ],
    questions: [
      'Are we meeting our milestones while the real aim slips?',
      'What will keep this going when the project team and its funding have gone?',
    ],
    prompts: [
      // evaluation-2013 §5.4 (interviewee 019: no named leads in partner organisations);
      // health-foundation-2012 challenge 4 (clarity about each person's contribution), challenge 6 (agree roles)
      {
        id: 'rigorous-delivery.1',
        componentId: 'rigorous-delivery',
        text: 'Each piece of work has a named owner and an agreed date.',
        help: "For example, an action log reviewed at each steering group, with people's names rather than team names.",
      },
      // health-foundation-2012 challenge 4 (resources underestimated; dedicated time negotiated up front),
      // challenge 6 and Table 1 (protected staff time, administrative support)
      {
        id: 'rigorous-delivery.2',
        componentId: 'rigorous-delivery',
        text: 'Staff time for this change is released in rotas or job plans, based on a realistic estimate.',
        help: 'For example, two backfilled sessions a week for a band 6 nurse, and admin support costed into the budget.',
      },
      // evaluation-2013 §5.1 (interviewee 008: each risk weighed against the shared purpose);
      // health-foundation-2012 chapter 4 (milestones becoming more important than the change)
      {
        id: 'rigorous-delivery.3',
        componentId: 'rigorous-delivery',
        text: 'Our risk log includes the risk of meeting targets while losing sight of the aim.',
        help: 'For example, a risk register column asking how each risk affects what the change is for.',
      },
      // health-foundation-2012 challenge 4 (over-ambition alienates staff), Table 1 (focus on a more defined area)
      {
        id: 'rigorous-delivery.4',
        componentId: 'rigorous-delivery',
        text: 'When a goal turns out bigger than our resources, we scale it back or re-phase it.',
        help: 'For example, starting with one locality instead of the whole county after a review of capacity.',
      },
      // health-foundation-2012 challenge 9 (future funding; write results into standards and procedures),
      // challenge 4 (work seen as time-limited gets ignored)
      {
        id: 'rigorous-delivery.5',
        componentId: 'rigorous-delivery',
        text: 'There is an agreed plan for who will run and pay for this once the project ends.',
        help: 'For example, the new pathway written into the service specification and the operational budget.',
      },
    ],
    group: 'harder',
  },
  {
    id: 'transparent-measurement',
    labels: COMPONENT_LABELS['transparent-measurement'],
    gloss:
      'Knowing where you started, seeing whether changes are improvements, and sharing results openly without blame.',
    // health-foundation-2012 challenge 3 (baseline, credible measures, feedback to teams), challenge 5
    // (annotate what changed when), chapter 4 (feedback without blame), Table 1; ilg-2013 (measurement
    // for improvement versus data for performance management; trends over single numbers);
    // evaluation-2013 §5.4 (001: what does good look like?), §5.5 (006: numbers need the story too)
    summary: [
      'Record where you started before you change anything, or you cannot show what difference you made.',
      'Choose a few measures that matter to patients and that staff trust.',
      'Watch results over time, noting what changed when, rather than one headline figure.',
      'Share results with the people who produced them, for learning rather than blame.',
      'Stories from patients and staff belong beside the numbers.',
    ],
    questions: [
      'How will we know whether a change has made things better, and how soon?',
      'Who sees our data, and what do they feel when they look at it?',
    ],
    prompts: [
      // health-foundation-2012 challenge 3 (baselines often missing), challenge 5 (too short a baseline
      // period), Table 1 (consider evaluation at the planning stage)
      {
        id: 'transparent-measurement.1',
        componentId: 'transparent-measurement',
        text: 'We recorded a baseline for our main measures before making changes.',
        help: 'For example, eight weeks of discharge times collected before the new process started.',
      },
      // health-foundation-2012 challenge 3 (real-time feedback to clinical teams), challenge 5 (mark when
      // each change happened); ilg-2013 (run charts over time; local ownership of data)
      {
        id: 'transparent-measurement.2',
        componentId: 'transparent-measurement',
        text: 'Frontline staff see the latest results of our measures at least once a month.',
        help: 'For example, a run chart on the staff-room board, updated weekly and marked with the date each change began.',
      },
      // evaluation-2013 §5.4 (interviewee 001: measuring patient experience), §5.5 (006: tell the story);
      // health-foundation-2012 challenge 1 (patient stories alongside hard data)
      {
        id: 'transparent-measurement.3',
        componentId: 'transparent-measurement',
        text: 'Our measures include what patients tell us about their experience.',
        help: "For example, a monthly count of 'did you feel listened to?' answers reported alongside waiting times.",
      },
      // health-foundation-2012 challenge 3 (measures must be credible and not burdensome; gaming);
      // evaluation-2013 §5.4 (interviewee 011: measurement is contentious)
      {
        id: 'transparent-measurement.4',
        componentId: 'transparent-measurement',
        text: 'Staff whose work is measured agree that the measures are fair and worth collecting.',
        help: 'For example, the data collection sheet was designed with the nurses who fill it in.',
      },
      // health-foundation-2012 chapter 4 (critical feedback without blame); ilg-2013 (improvement data
      // versus performance management)
      {
        id: 'transparent-measurement.5',
        componentId: 'transparent-measurement',
        text: 'When results are poor, the discussion is about what to change next, not who is at fault.',
        help: 'For example, minutes of a meeting where a bad month led to a new test rather than a reprimand.',
      },
    ],
    group: 'harder',
  },
  {
    id: 'system-drivers',
    labels: COMPONENT_LABELS['system-drivers'],
    gloss:
      'The incentives, contracts, policies, regulation and technology in the wider system that push the change on or hold it back.',
    // evaluation-2013 §5.4 (020: contract levers; 006: technology; 012, 026: little influence over levers),
    // §6, Box 1; health-foundation-2012 challenge 5 (outer context; align with organisational goals),
    // challenge 8 (carrots and sticks), Table 1; mobilisation-2010 §4.2.1 (system rules that get in the way)
    summary: [
      'Know the levers around you: contracts, payment schemes, targets, inspection, national policy and IT.',
      'Tie the change to what your organisation and commissioners already have to deliver.',
      "Outside pressure can help, but it can crowd out people's own reasons for caring.",
      'If you lack the influence to use a lever, find someone who has it.',
      'Look for rules and systems that quietly reward the old way, and raise them.',
    ],
    questions: [
      'Which incentive, target or rule currently rewards doing things the old way?',
      'Who has the authority to change a contract or system that blocks us, and do they know about this work?',
    ],
    prompts: [
      // evaluation-2013 §5.4 (020: CQUIN hard to match to the work; 012: levers missing);
      // health-foundation-2012 challenge 5 (targets, payments and inspection weigh on improvement)
      {
        id: 'system-drivers.1',
        componentId: 'system-drivers',
        text: 'We have listed the contracts, payment schemes and targets that affect this change.',
        help: 'For example, a one-page map of the relevant CQUIN, tariff rules and national targets.',
      },
      // health-foundation-2012 challenge 5 (align improvement goals with wider organisational goals),
      // Table 1 (link the work to the organisation's broad priorities, not only to single policies);
      // evaluation-2013 §5.4
      {
        id: 'system-drivers.2',
        componentId: 'system-drivers',
        text: 'This change helps our organisation meet something it is already required to deliver.',
        help: "For example, the change appears in the trust's annual plan or in a commissioning priority.",
      },
      // evaluation-2013 §5.4 (interviewee 026: clinical leads lack clout), Box 1 (power, influence and
      // networks); health-foundation-2012 challenge 6 (a steering group member with real authority)
      {
        id: 'system-drivers.3',
        componentId: 'system-drivers',
        text: 'Someone with authority over contracts or budgets is actively backing this work.',
        help: 'For example, the commissioning lead sits on the steering group and has changed a contract term.',
      },
      // mobilisation-2010 §4.2.1 (budget rules that block sensible changes); evaluation-2013 §5.4;
      // health-foundation-2012 challenge 5 (outer context)
      {
        id: 'system-drivers.4',
        componentId: 'system-drivers',
        text: 'Rules or incentives that work against this change are taken to someone who can alter them.',
        help: 'For example, a budget rule that stopped equipment being reused, raised with the finance director.',
      },
      // evaluation-2013 §5.4 (interviewee 006: technology as a driver that is hard to influence);
      // health-foundation-2012 challenge 3 (data systems that help rather than hinder the work),
      // chapters 4 and 6 (information systems as part of the context the work depends on)
      {
        id: 'system-drivers.5',
        componentId: 'system-drivers',
        text: 'The IT systems that staff use make the new way of working easier, not harder.',
        help: 'For example, the new referral form is built into the clinical system rather than kept as a separate spreadsheet.',
      },
    ],
    group: 'harder',
  },
  {
    id: 'engagement',
    labels: COMPONENT_LABELS['engagement'],
    gloss:
      'Involving staff, patients and partners so that they act on the change, moved by what matters to them.',
    // evaluation-2013 §5.4 (interviewee 016: engagement means action), §3.3 (patients and the public);
    // mobilisation-2010 §2.1, §2.2 (what moves staff), §3.1.1 (stories), §3.2.1 (invitation and means),
    // §4.1.3 (early wins), §4.2 (erosion); social-movements-2003 (few staff take part); ilg-2013
    // ("attracting the converted")
    summary: [
      'Engagement means people acting on the change, not only being told about it or consulted.',
      'Start from what people care about: good care for patients, teamwork, being listened to.',
      'Invite people in, make it easy to take part, and show them their ideas being used.',
      'Stories from patients and colleagues move people more than targets do.',
      'Goodwill wears away if people see nothing change or pay a price for joining in.',
    ],
    questions: [
      'Who is affected by this change but has not yet had a say?',
      'Are we mostly hearing from people who already agree with us?',
    ],
    prompts: [
      // evaluation-2013 §3.3 (interviewee 4: the place of patients and the public); health-foundation-2012
      // challenge 5 (user involvement); mobilisation-2010 §3.1.1 (listening to the patient's voice)
      {
        id: 'engagement.1',
        componentId: 'engagement',
        text: 'We can name a decision in this change that was shaped by what patients or carers told us.',
        help: "For example, clinic times moved after feedback from a carers' group.",
      },
      // mobilisation-2010 §3.2.1 (no invitation to take part), §2.2.2 (non-clinical staff feeling
      // peripheral); social-movements-2003 (fewer than 15% of staff in formal improvement work)
      {
        id: 'engagement.2',
        componentId: 'engagement',
        text: 'Staff in every group affected have been personally invited to take part.',
        help: 'For example, porters, receptionists and healthcare assistants asked by name, not only senior clinicians.',
      },
      // mobilisation-2010 §2.2.2 (voices heard, contributions taken seriously), §3.2.1 (ideas rarely
      // become reality), §4.1.2 (participatory structures)
      {
        id: 'engagement.3',
        componentId: 'engagement',
        text: 'Ideas from frontline staff have been tried out in this work.',
        help: "For example, a healthcare assistant's suggestion tested on the ward within a month.",
      },
      // social-movements-2003 (share of staff taking part); ilg-2013 (only "the converted");
      // evaluation-2013 §4 point 1 (reaching beyond enthusiasts: said of the Change Model's own
      // spread, applied here by analogy)
      {
        id: 'engagement.4',
        componentId: 'engagement',
        text: 'We know which staff groups affected by this change are not yet taking part.',
        help: 'For example, a list of who comes to workshops, by role, checked against who the change affects.',
      },
      // mobilisation-2010 §4.1.3 (early wins build momentum), §4.2.2 (disillusionment when nothing changes);
      // the seeds disagree here: health-foundation-2012 chapter 4 warns against the organisation's
      // impatience for quick wins, so the help names both sides
      {
        id: 'engagement.5',
        componentId: 'engagement',
        text: 'Staff have seen an early, visible benefit from this change in their own work.',
        help: 'For example, a shorter handover that the night team mention without being asked. The evidence pulls both ways: an early benefit builds momentum, but a push for quick wins can crowd out the slower work that lasts.',
      },
    ],
    group: 'softer',
  },
];

/** Every statement of the model, by id, with its component (built once). */
export const MODEL_PROMPTS: ReadonlyMap<string, { componentId: ChangeComponent['id']; text: string; help?: string }> = new Map(
  COMPONENTS.flatMap((c) => c.prompts.map((p) => [p.id, { componentId: c.id, text: p.text, ...(p.help ? { help: p.help } : {}) }] as const)),
);

/** The model's own wording of one of its statements, by id; undefined for a programme's own statement. */
export function modelPromptText(id: string): string | undefined {
  return MODEL_PROMPTS.get(id)?.text;
}
