import { ApiProperty } from '@nestjs/swagger';

/** A label in every language the product speaks. */
export class LabelsResponse {
  @ApiProperty({ example: 'View users' }) en: string;
  @ApiProperty({ example: 'Podgląd użytkowników' }) pl: string;
  @ApiProperty({ example: 'Перегляд користувачів' }) uk: string;
}

/** One action of a catalogued subject, with the flags that decide who may hold it. */
export class CatalogActionResponse {
  @ApiProperty({ example: 'read' }) action: string;
  @ApiProperty({ type: LabelsResponse }) label: LabelsResponse;
  @ApiProperty({ description: 'Only the owner holds it; no permission set can grant it' }) ownerOnly: boolean;
  @ApiProperty({ description: 'Only the owner and superadmins hold it; no permission set can grant it' }) superadminOnly: boolean;
  @ApiProperty({ description: 'Not part of the admin preset: a permission set must grant it' }) setOnly: boolean;
}

/** One subject of the catalogue and its actions. */
export class CatalogSubjectResponse {
  @ApiProperty({ example: 'Member' }) subject: string;
  @ApiProperty({ type: LabelsResponse }) label: LabelsResponse;
  @ApiProperty({ description: "A client's rules on this subject are limited to the client's own companies" }) companyScoped: boolean;
  @ApiProperty({ description: 'Staff data of the whole tenant: never granted to a client, whatever its set says' }) staffOnly: boolean;
  @ApiProperty({ type: [String], description: "Fields a rule's `conditions` may name", example: ['role', 'status'] })
  conditionFields: string[];
  @ApiProperty({ type: [CatalogActionResponse] }) actions: CatalogActionResponse[];
}

/** `GET /tenants/:tenantId/permissions/catalog`: every subject and action permission sets may name. */
export class PermissionCatalogResponse {
  @ApiProperty({ type: [CatalogSubjectResponse] }) items: CatalogSubjectResponse[];
}
