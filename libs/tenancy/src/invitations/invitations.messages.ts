import { Messages } from '@tenant-iam/common';
import { InvitationErrorCode as E, InvitationFieldCode as F } from './invitation-error-code';

/** en/pl/uk texts of the invitation codes. */
export const INVITATIONS_MESSAGES: Messages = {
  en: {
    [E.InvitationNotFound]: 'Invitation not found.',
    [E.InvitationExpired]: 'This invitation has expired. Ask the organisation to send it again.',
    [E.InvitationUsed]: 'This invitation has already been accepted.',
    [E.InvitationRevoked]: 'This invitation was revoked by the organisation.',
    [E.InvitationDeclined]: 'This invitation was declined.',
    [E.InvitationPending]: 'This address already has a pending invitation. Resend it instead.',
    [E.InvitationNotPending]: 'This invitation can no longer be changed.',
    [E.InvitationEmailMismatch]: 'This invitation was sent to another email address. Sign in with that address to accept it.',
    [E.AlreadyMember]: 'This account is already a member of the organisation.',
    [E.InvitationPermissionSetGone]: 'The permission group of this invitation no longer exists. Ask the organisation for a new invitation.',
    [`field.${F.TokenOrId}`]: 'Give either the token of the invitation link or the invitation id, not both.',
    [E.InvitationExceedsRights]:
      'You can only invite with at most your own rights: your role or lower, your permission group and your companies.',
  },
  pl: {
    [E.InvitationNotFound]: 'Nie znaleziono zaproszenia.',
    [E.InvitationExpired]: 'To zaproszenie wygasło. Poproś organizację o ponowne wysłanie.',
    [E.InvitationUsed]: 'To zaproszenie zostało już przyjęte.',
    [E.InvitationRevoked]: 'Organizacja odwołała to zaproszenie.',
    [E.InvitationDeclined]: 'To zaproszenie zostało odrzucone.',
    [E.InvitationPending]: 'Ten adres ma już oczekujące zaproszenie. Wyślij je ponownie.',
    [E.InvitationNotPending]: 'Tego zaproszenia nie można już zmienić.',
    [E.InvitationEmailMismatch]: 'To zaproszenie wysłano na inny adres e-mail. Zaloguj się tym adresem, aby je przyjąć.',
    [E.AlreadyMember]: 'To konto jest już członkiem organizacji.',
    [E.InvitationPermissionSetGone]: 'Grupa uprawnień z tego zaproszenia już nie istnieje. Poproś organizację o nowe zaproszenie.',
    [`field.${F.TokenOrId}`]: 'Podaj token z linku zaproszenia albo identyfikator zaproszenia, nie oba.',
    [E.InvitationExceedsRights]:
      'Możesz zapraszać najwyżej z własnymi uprawnieniami: z Twoją lub niższą rolą, Twoją grupą uprawnień i do Twoich firm.',
  },
  uk: {
    [E.InvitationNotFound]: 'Запрошення не знайдено.',
    [E.InvitationExpired]: 'Термін дії запрошення минув. Попросіть організацію надіслати його ще раз.',
    [E.InvitationUsed]: 'Це запрошення вже прийнято.',
    [E.InvitationRevoked]: 'Організація відкликала це запрошення.',
    [E.InvitationDeclined]: 'Це запрошення відхилено.',
    [E.InvitationPending]: 'Ця адреса вже має запрошення, що очікує. Надішліть його повторно.',
    [E.InvitationNotPending]: 'Це запрошення вже не можна змінити.',
    [E.InvitationEmailMismatch]: 'Це запрошення надіслано на іншу адресу. Увійдіть з цією адресою, щоб прийняти його.',
    [E.AlreadyMember]: 'Цей обліковий запис уже є учасником організації.',
    [E.InvitationPermissionSetGone]: 'Групи дозволів із цього запрошення більше немає. Попросіть організацію про нове запрошення.',
    [`field.${F.TokenOrId}`]: 'Вкажіть або токен із посилання запрошення, або ідентифікатор запрошення, не обидва.',
    [E.InvitationExceedsRights]:
      'Ви можете запрошувати щонайбільше з власними правами: з вашою або нижчою роллю, вашою групою дозволів і до ваших компаній.',
  },
};
