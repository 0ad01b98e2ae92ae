import type {
	ChecklistPhaseFile,
	ClientType,
	DataCenter,
	Endpoint,
	GlossaryTerm,
	Operation,
	ServiceCatalog,
	SnippetFile,
	TokenFact,
	TroubleshootCause,
	Walkthrough,
	WizardQuestion,
} from '../schemas';

/** Where an entry came from, so messages can name the file. */
export interface FromFile {
	id: string;
	/** Path relative to the project root, e.g. `content/endpoints.yaml`. */
	file: string;
}

/** Every content collection, parsed, as the build and the tests see it. */
export interface ContentBundle {
	clientTypes: (ClientType & FromFile)[];
	dataCenters: (DataCenter & FromFile)[];
	operations: (Operation & FromFile)[];
	services: (ServiceCatalog & FromFile)[];
	endpoints: (Endpoint & FromFile)[];
	tokenFacts: (TokenFact & FromFile)[];
	glossary: (GlossaryTerm & FromFile)[];
	walkthroughs: (Walkthrough & FromFile)[];
	wizardQuestions: (WizardQuestion & FromFile)[];
	checklistSteps: (ChecklistPhaseFile & FromFile)[];
	snippets: (SnippetFile & FromFile)[];
	troubleshootCauses: (TroubleshootCause & FromFile)[];
}
