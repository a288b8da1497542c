# VCCR arts. 17 and 18: diplomatic acts by consular officers, representation
# to inter-governmental organizations, one consular officer for several States.
#
# Chapter I: these articles apply to every consular officer, career or
# honorary. The facts: a `diplomatic_act`, a `representation_to_organization`
# or an `appointment` event whose `subject` is the officer.

# ---------------------------------------------------------------- helpers
# The definitions of VCCR 1(1) (rules/vccr/definitions.vcl) read head_of_post
# as well as status, so they are unknown, not false, for a person of another
# status whose head_of_post is not stated. Where a rule ranges over people of
# any status, the status alone decides.

define member_of_post_by_status(p) "Member of the consular post (consular officer, consular employee or member of the service staff), by the status stated"
  means p.status in {consular_officer, consular_employee, consular_service_staff}
  note "The category of VCCR 1(1)(g), decided by the person's status alone (a head of post is stated with status consular_officer)."
end

# ---------------------------------------------------------------- Article 17(1)
# "In a State where the sending State has no diplomatic mission and is not
#  represented by a diplomatic mission of a third State, a consular officer
#  may, with the consent of the receiving State, and without affecting his
#  consular status, be authorized to perform diplomatic acts. The performance
#  of such acts by a consular officer shall not confer upon him any right to
#  claim diplomatic privileges and immunities."

rule vccr.17.1 "Diplomatic acts by a consular officer: only where the sending State has no diplomatic representation, and with the receiving State's consent"
  cites VCCR 17(1)
  text "In a State where the sending State has no diplomatic mission and is not represented by a diplomatic mission of a third State, a consular officer may, with the consent of the receiving State, and without affecting his consular status, be authorized to perform diplomatic acts."
  duty on sending_state
  owed to receiving_state
  for each diplomatic_act as a
  applies when a.subject.status = consular_officer
  compliant when a.no_diplomatic_representation = true and a.receiving_state_consent = true
  note "A power of the sending State with two cumulative conditions: no diplomatic mission of its own or of a third State representing it, and the receiving State's consent. 'violated' means the officer performed diplomatic acts outside them; the receiving State need not treat the acts as those of a diplomatic representative."
  note "Second sentence: performing diplomatic acts gives the officer no right to claim diplomatic privileges and immunities. His protection stays that of a consular officer (arts. 40-45; arts. 58-67 if honorary); no rule here turns on the diplomatic acts."
end

# ---------------------------------------------------------------- Article 17(2)
# "A consular officer may, after notification addressed to the receiving
#  State, act as representative of the sending State to any inter-governmental
#  organization. When so acting, he shall be entitled to enjoy any privileges
#  and immunities accorded to such a representative by customary international
#  law or by international agreements; however, in respect of the performance
#  by him of any consular function, he shall not be entitled to any greater
#  immunity from jurisdiction than that to which a consular officer is
#  entitled under the present Convention."

rule vccr.17.2 "Representation to an inter-governmental organization only after notification to the receiving State"
  cites VCCR 17(2)
  text "A consular officer may, after notification addressed to the receiving State, act as representative of the sending State to any inter-governmental organization."
  duty on sending_state
  owed to receiving_state
  for each representation_to_organization as r
  applies when r.subject.status = consular_officer
  violated when r.notified_beforehand = false
  note "A power of the sending State conditioned on a prior notification to the receiving State. 'violated' means the officer acted as representative without it."
  note "When so acting he enjoys the privileges and immunities of such a representative under customary law or the relevant agreements (not encoded: they come from outside the Convention); for his consular functions he has no greater immunity from jurisdiction than a consular officer (art. 43)."
end

# ---------------------------------------------------------------- Article 18
# "Two or more States may, with the consent of the receiving State, appoint
#  the same person as a consular officer in that State."

rule vccr.18 "The same person appointed consular officer by two or more States only with the receiving State's consent"
  cites VCCR 18
  text "Two or more States may, with the consent of the receiving State, appoint the same person as a consular officer in that State."
  duty on sending_state
  owed to receiving_state
  for each appointment as a
  applies when a.subject.status = consular_officer and a.joint_accreditation = true
  violated when a.receiving_state_consent = false
  note "A power of the appointing States conditioned on the receiving State's consent (which need not be express, unlike art. 22(2)). Facts: the appointment with joint_accreditation: true (the same person is appointed by another State as well) and receiving_state_consent."
end
