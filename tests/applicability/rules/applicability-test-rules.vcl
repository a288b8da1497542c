# Two small rules for the applicability tests, so that they do not depend on the shipped corpus.

rule vccr.41.1 "No arrest or detention pending trial of a consular officer"
  cites VCCR 41(1)
  duty on receiving_state
  for each arrest or detention as e
  applies when e.subject.status = consular_officer and e.subject.category = career and e.by = receiving_state
  violated when e.judicial_decision = false
end

rule vcdr.29 "Inviolability of the person of a diplomatic agent"
  cites VCDR 29
  duty on receiving_state
  for each arrest or detention as e
  applies when e.subject.status = diplomatic_agent and e.by = receiving_state
  violated when true
end
